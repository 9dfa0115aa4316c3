// Loaded with `node --import` before Next creates its server (scripts/start.sh, and `npm run dev`).
// Each request passes, in this order:
// - the front door (lib/http/front-door.ts): canonical URLs, old slugs, removed articles;
// - the page door (lib/http/page-door.ts): public pages Next last served from its cache are sent
//   again from memory;
// - the search gate (lib/http/search-gate.ts): a few search pages render at once, the rest wait;
// - the client-address stamp (lib/http/client-address-stamp.ts): the client's address as this server
//   can vouch for it, for Next's rate limits.
// Each is installed before the one it comes after.
import { pageStore } from '../lib/cache/page-store.ts';
import { installClientAddressStamp } from '../lib/http/client-address-stamp.ts';
import { installFrontDoor } from '../lib/http/front-door.ts';
import { installPageDoor } from '../lib/http/page-door.ts';
import { installSearchGate, searchGate } from '../lib/http/search-gate.ts';
import { internalKey } from '../lib/internal-key.ts';
import { urlStatus } from '../lib/proxy/url-status-client.ts';

installClientAddressStamp(() => process.env.TRUSTED_PROXIES ?? '');
installSearchGate(searchGate);
installPageDoor(pageStore);
// The slug lists come from this server's own internal route, at the address the request arrived on.
installFrontDoor((request) => {
  const { localAddress = '127.0.0.1', localPort } = request.socket;
  const host = localAddress.includes(':') ? `[${localAddress}]` : localAddress;
  return urlStatus(`http://${host}:${localPort}`, internalKey());
});
