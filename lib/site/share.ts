import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { cacheTags } from '../cache-tags.ts';
import { getShareCard as readShareCard } from '../content/share-card.ts';
import { getDb } from '../db/connection.ts';

/**
 * The data of an article's share image, cached under the article's tag: an edit or unpublish
 * refreshes it, and a miss (unknown id) is refreshed when an article with that id is published.
 */
export async function getShareCard(articleId: number) {
  'use cache';
  cacheLife('content');
  cacheTag(cacheTags.article(articleId));
  return readShareCard(getDb(), articleId);
}
