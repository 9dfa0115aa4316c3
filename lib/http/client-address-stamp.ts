import type { BlockList } from 'node:net';
import type { IncomingMessage } from 'node:http';
import { CLIENT_ADDRESS_HEADER, clientAddress, parseTrustedProxies, UNKNOWN_ADDRESS } from './client-address.ts';
import { intercepting, interceptRequests } from './request-interceptor.ts';

/**
 * Sets CLIENT_ADDRESS_HEADER on a request as it arrives. A copy the client sent is overwritten in
 * `headers` and, in place, in `rawHeaders` (whose length Node's `headersDistinct` relies on).
 */
export function stampClientAddress(request: IncomingMessage, trusted: BlockList): void {
  // Read before anything below changes the headers. Whatever goes wrong, the client's own copy is replaced.
  let address: string;
  try {
    address = clientAddress(request.socket.remoteAddress, request.headers['x-forwarded-for'], trusted) ?? UNKNOWN_ADDRESS;
  } catch {
    address = UNKNOWN_ADDRESS;
  }
  request.headers[CLIENT_ADDRESS_HEADER] = address;
  for (let i = 0; i + 1 < request.rawHeaders.length; i += 2) {
    if (request.rawHeaders[i]!.toLowerCase() === CLIENT_ADDRESS_HEADER) request.rawHeaders[i + 1] = address;
  }
}

const NAME = 'client-address';

/**
 * Stamps every request that any HTTP server in this process receives (Next's included: scripts/start.sh
 * loads this before Next creates its server). TRUSTED_PROXIES is read per request and parsed again when
 * it changes: Next loads .env files after it starts listening. Returns a function that undoes it.
 */
export function installClientAddressStamp(trustedSpec: () => string): () => void {
  let parsed: { spec: string; list: BlockList } | undefined;
  const trusted = (): BlockList => {
    const spec = trustedSpec();
    if (parsed?.spec !== spec) {
      try {
        parsed = { spec, list: parseTrustedProxies(spec) };
      } catch (error) {
        // lib/config.ts stops the app on this at start-up; meanwhile no proxy is believed.
        console.error(`TRUSTED_PROXIES: ${(error as Error).message}; no proxy is trusted`);
        parsed = { spec, list: parseTrustedProxies('') };
      }
    }
    return parsed.list;
  };
  return interceptRequests(NAME, (request, _response, pass) => {
    stampClientAddress(request, trusted());
    pass();
  });
}

/** Whether this process stamps requests (see scripts/start.sh). */
export function clientAddressStampInstalled(): boolean {
  return intercepting(NAME);
}
