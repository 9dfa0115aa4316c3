import { sql } from 'kysely';
import type { DB } from '../db/connection.ts';
import { articleUrl, isPublic } from './teasers.ts';
import { nowIso, toIso } from './time.ts';

/*
 * What the sitemaps list: published articles (never drafts, scheduled, future-dated or unpublished ones:
 * every query goes through isPublic), and the sections, tags and authors that have at least one of them.
 * `lastmod` is the article's updated_at (workflow changes such as publishing bump it too).
 */

/** The protocol's limit per sitemap file. */
export const SITEMAP_MAX_URLS = 50_000;
/** Google News: articles of the last two days, at most 1,000 per sitemap. */
export const NEWS_WINDOW_HOURS = 48;
export const NEWS_MAX_URLS = 1_000;

export interface SitemapArticle {
  /** Site path, e.g. /news/some-story. */
  url: string;
  updatedAt: string;
  /** Site path of the hero image (/demo/… or /media/…), when there is one. */
  heroSrc: string | null;
}

export interface SitemapChunk {
  /** 1-based: /sitemaps/articles-<page>.xml */
  page: number;
  /** Newest updated_at in the chunk. */
  lastmod: string;
}

/** A section, tag or author with published articles, and the newest change among them. */
export interface SitemapListing {
  slug: string;
  lastmod: string;
}

export interface NewsSitemapArticle {
  url: string;
  headline: string;
  publishedAt: string;
  /** For the document's Last-Modified (a corrected headline changes the sitemap). */
  updatedAt: string;
}

function checkChunkSize(chunkSize: number): number {
  if (!Number.isSafeInteger(chunkSize) || chunkSize < 1 || chunkSize > SITEMAP_MAX_URLS) {
    throw new Error(`Sitemap chunk size must be 1..${SITEMAP_MAX_URLS}, got ${chunkSize}`);
  }
  return chunkSize;
}

/**
 * Chunks are cut from published articles oldest first (published_at, then id), so a new story lands
 * in the last chunk and earlier chunks, which crawlers have seen, rarely change.
 */
export async function listSitemapArticles(db: DB, page: number, chunkSize = SITEMAP_MAX_URLS, now = nowIso()): Promise<SitemapArticle[]> {
  checkChunkSize(chunkSize);
  if (!Number.isSafeInteger(page) || page < 1) return [];
  const rows = await db
    .selectFrom('articles as a')
    .innerJoin('sections as s', 's.id', 'a.section_id')
    .leftJoin('media as m', 'm.id', 'a.hero_media_id')
    .select(['a.slug', 'a.updated_at', 's.slug as section_slug', 'm.src as hero_src'])
    .where(isPublic(now))
    .orderBy('a.published_at')
    .orderBy('a.id')
    .limit(chunkSize)
    .offset((page - 1) * chunkSize)
    .execute();
  return rows.map((r) => ({ url: articleUrl(r.section_slug, r.slug), updatedAt: toIso(r.updated_at), heroSrc: r.hero_src }));
}

/** The article chunks that exist (none when nothing is published), with each one's newest change. */
export async function listArticleSitemapChunks(db: DB, chunkSize = SITEMAP_MAX_URLS, now = nowIso()): Promise<SitemapChunk[]> {
  // A literal, not a parameter: PostgreSQL must see the grouped and selected expressions as the same.
  const size = sql.lit(checkChunkSize(chunkSize));
  const numbered = db
    .selectFrom('articles as a')
    .where(isPublic(now))
    .select((eb) => [
      'a.updated_at',
      eb.fn
        .agg<number>('row_number')
        .over((ob) => ob.orderBy('a.published_at').orderBy('a.id'))
        .as('rn'),
    ]);
  const rows = await db
    .selectFrom(numbered.as('n'))
    .select((eb) => [sql<number>`(n.rn - 1) / ${size}`.as('chunk'), eb.fn.max('n.updated_at').as('lastmod')])
    .groupBy(sql`(n.rn - 1) / ${size}`)
    .orderBy('chunk')
    .execute();
  return rows.map((r) => ({ page: Number(r.chunk) + 1, lastmod: toIso(r.lastmod) }));
}

/** Sections with published articles, in navigation order. */
export async function listSitemapSections(db: DB, now = nowIso()): Promise<SitemapListing[]> {
  const rows = await db
    .selectFrom('sections as s')
    .innerJoin('articles as a', 'a.section_id', 's.id')
    .where(isPublic(now))
    .select((eb) => ['s.slug', eb.fn.max('a.updated_at').as('lastmod')])
    .groupBy('s.id')
    .orderBy('s.position')
    .orderBy('s.slug')
    .execute();
  return rows.map((r) => ({ slug: r.slug, lastmod: toIso(r.lastmod) }));
}

/** Tags with published articles, at most one sitemap's worth, the most recently active first. */
export async function listSitemapTags(db: DB, now = nowIso()): Promise<SitemapListing[]> {
  const rows = await db
    .selectFrom('tags as t')
    .innerJoin('article_tags as at', 'at.tag_id', 't.id')
    .innerJoin('articles as a', 'a.id', 'at.article_id')
    .where(isPublic(now))
    .select((eb) => ['t.slug', eb.fn.max('a.updated_at').as('lastmod')])
    .groupBy('t.id')
    .orderBy('lastmod', 'desc')
    .orderBy('t.slug')
    .limit(SITEMAP_MAX_URLS)
    .execute();
  return rows.map((r) => ({ slug: r.slug, lastmod: toIso(r.lastmod) }));
}

/** Authors with published articles (bylines), at most one sitemap's worth, the most recently active first. */
export async function listSitemapAuthors(db: DB, now = nowIso()): Promise<SitemapListing[]> {
  const rows = await db
    .selectFrom('authors as au')
    .innerJoin('article_authors as aa', 'aa.author_id', 'au.id')
    .innerJoin('articles as a', 'a.id', 'aa.article_id')
    .where(isPublic(now))
    .select((eb) => ['au.slug', eb.fn.max('a.updated_at').as('lastmod')])
    .groupBy('au.id')
    .orderBy('lastmod', 'desc')
    .orderBy('au.slug')
    .limit(SITEMAP_MAX_URLS)
    .execute();
  return rows.map((r) => ({ slug: r.slug, lastmod: toIso(r.lastmod) }));
}

/** Google News: published in the last `windowHours`, newest first, at most `limit`. */
export async function listNewsSitemapArticles(
  db: DB,
  now = nowIso(),
  windowHours = NEWS_WINDOW_HOURS,
  limit = NEWS_MAX_URLS,
): Promise<NewsSitemapArticle[]> {
  const since = new Date(Date.parse(now) - windowHours * 3_600_000).toISOString();
  const rows = await db
    .selectFrom('articles as a')
    .innerJoin('sections as s', 's.id', 'a.section_id')
    .select(['a.slug', 'a.headline', 'a.published_at', 'a.updated_at', 's.slug as section_slug'])
    .where(isPublic(now))
    .where('a.published_at', '>=', since)
    .orderBy('a.published_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => {
    if (r.published_at == null) throw new Error(`Article ${r.slug} is listed publicly but has no published_at`);
    return {
      url: articleUrl(r.section_slug, r.slug),
      headline: r.headline,
      publishedAt: toIso(r.published_at),
      updatedAt: toIso(r.updated_at),
    };
  });
}
