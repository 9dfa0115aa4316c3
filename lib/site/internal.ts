import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import { revalidateTag } from 'next/cache';
import { after } from 'next/server';
import { cacheTags } from '../cache-tags.ts';
import { config } from '../config.ts';
import { INTERNAL_KEY_HEADER, internalKey } from '../internal-key.ts';
import { log } from '../log.ts';
import { invalidateUrlStatus } from '../proxy/url-status-client.ts';
import { tellPeers, type PeerRevalidation } from '../revalidation/peers.ts';

export { siteSecret as signingSecret } from '../internal-key.ts';

/** True for the server's calls to itself (scheduler tick, slug lookups) and for its peers' calls. */
export function isInternalRequest(request: Request): boolean {
  const given = Buffer.from(request.headers.get(INTERNAL_KEY_HEADER) ?? '');
  const expected = Buffer.from(internalKey());
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Expires tags in this process only (what a peer's announcement does here). */
export function revalidateLocally({ tags, mode }: PeerRevalidation) {
  for (const tag of new Set(tags)) revalidateTag(tag, mode === 'now' ? { expire: 0 } : 'max');
  if (tags.includes(cacheTags.urlStatus)) invalidateUrlStatus();
}

function revalidateEverywhere(message: PeerRevalidation) {
  if (message.tags.length === 0) return;
  revalidateLocally(message);
  const peers = config().revalidatePeers;
  if (peers.length === 0) return;
  // After the response: the editor is not kept waiting, and peers hear within milliseconds.
  after(async () => {
    for (const outcome of await tellPeers(peers, message, { key: internalKey() })) {
      if (!outcome.ok) log.warn({ peer: outcome.peer, detail: outcome.detail, tags: message.tags }, 'a peer did not take a revalidation');
    }
  });
}

/** Editorial changes expire their tags at once: the next reader gets the new version, not a stale one. */
export function revalidateNow(tags: readonly string[]) {
  revalidateEverywhere({ tags: [...new Set(tags)], mode: 'now' });
}

/** Reader activity (comments): the next reader may get the old version once while it re-renders. */
export function revalidateSoon(tags: readonly string[]) {
  revalidateEverywhere({ tags: [...new Set(tags)], mode: 'soon' });
}
