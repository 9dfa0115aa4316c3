// Loaded by scripts/start.sh with `node --import`, before Next creates its server: every request is
// stamped with the client's address as this server can vouch for it (lib/http/client-address-stamp.ts).
import { installClientAddressStamp } from '../lib/http/client-address-stamp.ts';

installClientAddressStamp(() => process.env.TRUSTED_PROXIES ?? '');
