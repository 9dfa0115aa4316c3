import { createHmac, randomBytes } from 'node:crypto';

/**
 * The site secret and the key the server uses to call itself (scheduler tick, slug lookups).
 * Plain module: the front door, the proxy and the app import it. Without BETTER_AUTH_SECRET (development)
 * a per-process random secret stands in, so nothing signed survives a restart.
 */
const globalKeys = globalThis as unknown as { __meridianDevSecret?: string };

export function siteSecret(): string {
  const secret = process.env.BETTER_AUTH_SECRET;
  if (secret && secret.length >= 32) return secret;
  globalKeys.__meridianDevSecret ??= randomBytes(32).toString('base64url');
  return globalKeys.__meridianDevSecret;
}

export const INTERNAL_KEY_HEADER = 'x-meridian-internal';

let derived: { secret: string; key: string } | undefined;

/** Derived once per secret: the front door asks for it on every article request. */
export function internalKey(): string {
  const secret = siteSecret();
  if (derived?.secret !== secret) derived = { secret, key: createHmac('sha256', secret).update('internal-requests').digest('base64url') };
  return derived.key;
}
