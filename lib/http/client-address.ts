import { BlockList, isIP } from 'node:net';
import { Server, type IncomingMessage } from 'node:http';

/**
 * Who is asking, for per-address rate limits. Any client can send X-Forwarded-For, and `next start`
 * passes a client's own value on untouched, so the app never reads it. The server stamps each request
 * with this header instead (any copy a client sent is dropped): the connection's address, or, when
 * that is a reverse proxy listed in TRUSTED_PROXIES, the address that proxy says it served.
 */
export const CLIENT_ADDRESS_HEADER = 'x-client-address';

/** TRUSTED_PROXIES: comma-separated addresses or CIDR ranges, e.g. `127.0.0.1,::1,10.0.0.0/8`. Throws on anything else. */
export function parseTrustedProxies(spec: string): BlockList {
  const list = new BlockList();
  for (const entry of spec.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [address = '', bits, ...rest] = entry.split('/');
    const family = isIP(address);
    const maxBits = family === 4 ? 32 : 128;
    if (!family || rest.length > 0 || (bits !== undefined && !(/^\d{1,3}$/.test(bits) && Number(bits) <= maxBits))) {
      throw new Error(`"${entry}" is not an IP address or a CIDR range`);
    }
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return list;
}

/** An IPv4 peer on a dual-stack socket reads "::ffff:10.0.0.1"; rate limits and proxy lists use "10.0.0.1". */
function plain(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

function isTrusted(trusted: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && trusted.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * The client's address: the peer of the connection, unless the peer is a trusted proxy; then, walking
 * X-Forwarded-For from the right (each proxy appends the address it served), the first entry that is
 * not a trusted proxy. Entries further left were written by the client and are never used.
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, trusted: BlockList): string | null {
  if (!peer) return null;
  let nearest = plain(peer);
  if (!isTrusted(trusted, nearest)) return nearest;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((s) => plain(s.trim()))
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    // A trusted proxy wrote something that is not an address ("unknown"): keep the last one vouched for.
    if (!isIP(hop)) return nearest;
    nearest = hop;
    if (!isTrusted(trusted, hop)) return hop;
  }
  return nearest;
}

/** Sets CLIENT_ADDRESS_HEADER on a request as it arrives, replacing whatever the client sent under that name. */
export function stampClientAddress(request: IncomingMessage, trusted: BlockList): void {
  const address = clientAddress(request.socket.remoteAddress, request.headers['x-forwarded-for'], trusted);
  const raw: string[] = [];
  for (let i = 0; i + 1 < request.rawHeaders.length; i += 2) {
    if (request.rawHeaders[i]!.toLowerCase() !== CLIENT_ADDRESS_HEADER) raw.push(request.rawHeaders[i]!, request.rawHeaders[i + 1]!);
  }
  if (address) {
    request.headers[CLIENT_ADDRESS_HEADER] = address;
    raw.push(CLIENT_ADDRESS_HEADER, address);
  } else {
    delete request.headers[CLIENT_ADDRESS_HEADER];
  }
  request.rawHeaders.splice(0, request.rawHeaders.length, ...raw);
}

const INSTALLED = Symbol.for('meridian.client-address');

/**
 * Stamps every request that any HTTP server in this process receives (Next's included: it creates its
 * server after this runs). The proxy list is read on the first request, after Next has loaded .env files.
 */
export function installClientAddressStamp(trustedSpec: () => string): void {
  const state = globalThis as { [INSTALLED]?: boolean };
  if (state[INSTALLED]) return;
  state[INSTALLED] = true;
  let trusted: BlockList | undefined;
  const emit = Server.prototype.emit;
  Server.prototype.emit = function emitStamped(this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request') {
      if (!trusted) {
        try {
          trusted = parseTrustedProxies(trustedSpec());
        } catch (error) {
          // The configuration check at start-up names the variable; until then trust no proxy.
          console.error(`TRUSTED_PROXIES: ${(error as Error).message}; no proxy is trusted`);
          trusted = new BlockList();
        }
      }
      stampClientAddress(args[0] as IncomingMessage, trusted);
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}

/** Whether this process stamps requests (scripts/start.sh loads the stamp before Next). */
export function clientAddressStampInstalled(): boolean {
  return (globalThis as { [INSTALLED]?: boolean })[INSTALLED] === true;
}
