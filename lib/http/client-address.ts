import { BlockList, isIP } from 'node:net';

/**
 * Who is asking, for per-address rate limits. Any client can send X-Forwarded-For, and `next start`
 * passes a client's own value on untouched, so the app never reads it. The server stamps each request
 * with this header instead, replacing any copy a client sent (lib/http/client-address-stamp.ts): the
 * connection's address, or, when that is a reverse proxy listed in TRUSTED_PROXIES, the address that
 * proxy says it served.
 */
export const CLIENT_ADDRESS_HEADER = 'x-client-address';

/** What the stamp says when the connection had already closed and has no address. */
export const UNKNOWN_ADDRESS = 'unknown';

/** The narrowest prefix a proxy range may have: `0.0.0.0/0` would let every client vouch for itself. */
const WIDEST_PREFIX = { 4: 8, 6: 32 } as const;

/**
 * TRUSTED_PROXIES: comma-separated addresses or CIDR ranges, e.g. `127.0.0.1,::1,10.0.0.0/8`.
 * Throws, naming the entry, on anything else and on ranges wider than /8 (IPv4) or /32 (IPv6).
 */
export function parseTrustedProxies(spec: string): BlockList {
  const list = new BlockList();
  for (const entry of spec.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [address = '', bits, ...rest] = entry.split('/');
    const family = isIP(address);
    if (family !== 4 && family !== 6) throw new Error(`"${entry}" is not an IP address or a CIDR range`);
    const maxBits = family === 4 ? 32 : 128;
    if (rest.length > 0 || (bits !== undefined && !(/^\d{1,3}$/.test(bits) && Number(bits) <= maxBits))) {
      throw new Error(`"${entry}" is not an IP address or a CIDR range`);
    }
    if (bits !== undefined && Number(bits) < WIDEST_PREFIX[family]) {
      throw new Error(`"${entry}" is wider than /${WIDEST_PREFIX[family]}: list the proxies, never the clients' networks`);
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

/**
 * What a per-address limit counts by: an IPv4 address as it is, an IPv6 address by its /64, since one
 * household or server is usually given a whole /64 and could otherwise take a fresh address per request.
 */
export function rateLimitKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = '', tail] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail === undefined ? [] : tail ? tail.split(':') : [];
  const groups = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
