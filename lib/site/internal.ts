import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import { revalidateTag } from 'next/cache';
import { cacheTags } from '../cache-tags.ts';
import { INTERNAL_KEY_HEADER, internalKey } from '../internal-key.ts';
import { invalidateUrlStatus } from '../proxy/url-status-client.ts';

export { siteSecret as signingSecret } from '../internal-key.ts';

/** True for the server's calls to itself (scheduler tick, proxy lookups). */
export function isInternalRequest(request: Request): boolean {
  const given = Buffer.from(request.headers.get(INTERNAL_KEY_HEADER) ?? '');
  const expected = Buffer.from(internalKey());
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Editorial changes expire their tags at once: the next reader gets the new version, not a stale one. */
export function revalidateNow(tags: readonly string[]) {
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 });
  if (tags.includes(cacheTags.urlStatus)) invalidateUrlStatus();
}
