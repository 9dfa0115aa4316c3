import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { cacheTags } from '../cache-tags.ts';
import { searchArticles } from '../content/search.ts';
import { getDb } from '../db/connection.ts';

/**
 * Site search results, cached per (query, section, page) for the 'latest' life and tagged
 * `latest`: every publish, edit and unpublish of a listed article revalidates `latest`
 * (tagsForArticleChange in lib/cache-tags.ts), so results never outlive a change, and the
 * minute-long life lets stories that become public by their scheduled time appear promptly.
 * `sections` covers section names shown in results. Callers pass the query as parsed
 * (lib/content/search-query.ts) and only when it is searchable, so junk input makes no entries.
 */
export async function searchSite(q: string, section: string | null, page: number) {
  'use cache';
  cacheLife('latest');
  cacheTag(cacheTags.latest, cacheTags.sections);
  return searchArticles(getDb(), { q, section, page });
}
