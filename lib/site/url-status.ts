import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { cacheTags } from '../cache-tags.ts';
import { loadUrlStatus } from '../desk/url-status.ts';
import { getDb } from '../db/connection.ts';

/** Old slugs and unpublished slugs, cached until a desk change revalidates them. */
export async function getUrlStatus() {
  'use cache';
  cacheLife('content');
  cacheTag(cacheTags.urlStatus);
  return loadUrlStatus(getDb());
}
