import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { cacheTags } from '../cache-tags.ts';
import { config } from '../config.ts';
import { getDb } from '../db/connection.ts';
import { withEtag } from '../http/document.ts';
import { seoSite } from '../seo/urls.ts';
import { sitemapDocument, sitemapIndexDocument, type SitemapName } from '../sitemaps/documents.ts';

/*
 * Cached sitemaps, tagged `sitemaps`: every public change (desk, ingest, scheduler) revalidates that tag
 * (tagsForEdit in lib/cache-tags.ts). Documents are cached whole, with their ETag, so a request costs a
 * cache read. Route handlers call these only at request time (after connection()), never at build.
 */

export async function getSitemapIndex() {
  'use cache';
  // 'latest': the news sitemap's 48-hour window moves with the clock, and the index lists it only when non-empty.
  cacheLife('latest');
  cacheTag(cacheTags.sitemaps);
  return withEtag(await sitemapIndexDocument(getDb(), seoSite(config())));
}

export async function getSitemap(name: SitemapName) {
  'use cache';
  cacheLife(name.kind === 'news' ? 'latest' : 'content');
  cacheTag(cacheTags.sitemaps);
  if (name.kind === 'sections') cacheTag(cacheTags.sections);
  const doc = await sitemapDocument(getDb(), seoSite(config()), name);
  return doc ? withEtag(doc) : null;
}
