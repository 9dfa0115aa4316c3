import {
  listArticleSitemapChunks,
  listNewsSitemapArticles,
  listSitemapArticles,
  listSitemapAuthors,
  listSitemapSections,
  listSitemapTags,
  SITEMAP_MAX_URLS,
  type SitemapListing,
} from '../content/sitemaps.ts';
import { nowIso } from '../content/time.ts';
import type { DB } from '../db/connection.ts';
import { newest, type DocumentBody } from '../http/document.ts';
import { absoluteUrl, authorPath, sectionPath, tagPath, type SeoSite } from '../seo/urls.ts';
import { newsLanguage, renderSitemapIndex, renderUrlset, type SitemapRef, type UrlEntry } from './render.ts';

/**
 * The sitemap documents, from the data layer to XML. lib/site/sitemaps.ts caches them; tests render
 * them from a seeded database and validate them against the schema, so both see the same documents.
 */

const NAMED = ['sections', 'tags', 'authors', 'news'] as const;
export type SitemapName = { kind: 'articles'; page: number } | { kind: (typeof NAMED)[number] };

/** `articles-3.xml` → articles chunk 3; `news.xml` → news; anything else (`articles-0.xml`, `x.xml`) → null. */
export function parseSitemapFile(file: string): SitemapName | null {
  const chunk = /^articles-([1-9]\d{0,8})\.xml$/.exec(file);
  if (chunk) return { kind: 'articles', page: Number(chunk[1]) };
  const named = NAMED.find((n) => file === `${n}.xml`);
  return named ? { kind: named } : null;
}

export function sitemapPath(name: SitemapName): string {
  return name.kind === 'articles' ? `/sitemaps/articles-${name.page}.xml` : `/sitemaps/${name.kind}.xml`;
}

export interface SitemapOptions {
  now?: string;
  /** URLs per article sitemap (the protocol's 50,000; tests use tiny chunks). */
  chunkSize?: number;
}

/** Hero images are site paths (/demo/…, /media/…); crawlers need absolute URLs. */
function imageUrl(site: SeoSite, src: string | null): string[] {
  if (!src) return [];
  if (/^https?:\/\//.test(src)) return [src];
  return src.startsWith('/') && !src.startsWith('//') ? [absoluteUrl(site, src)] : [];
}

/**
 * The index: every article chunk, then the fronts (always: it carries the home page), tags, authors and
 * news sitemaps when they have entries, so that every sitemap it names is non-empty and schema-valid.
 */
export async function sitemapIndexDocument(db: DB, site: SeoSite, options: SitemapOptions = {}): Promise<DocumentBody> {
  const now = options.now ?? nowIso();
  const [chunks, sections, tags, authors, news] = await Promise.all([
    listArticleSitemapChunks(db, options.chunkSize ?? SITEMAP_MAX_URLS, now),
    listSitemapSections(db, now),
    listSitemapTags(db, now),
    listSitemapAuthors(db, now),
    listNewsSitemapArticles(db, now),
  ]);
  const ref = (name: SitemapName, lastmod: string | null): SitemapRef => ({ loc: absoluteUrl(site, sitemapPath(name)), lastmod });
  const lastmodOf = (list: SitemapListing[]) => newest(list.map((l) => l.lastmod));
  const refs: SitemapRef[] = [
    ...chunks.map((c) => ref({ kind: 'articles', page: c.page }, c.lastmod)),
    ref({ kind: 'sections' }, lastmodOf(sections)),
    ...(tags.length > 0 ? [ref({ kind: 'tags' }, lastmodOf(tags))] : []),
    ...(authors.length > 0 ? [ref({ kind: 'authors' }, lastmodOf(authors))] : []),
    ...(news.length > 0 ? [ref({ kind: 'news' }, newest(news.map((n) => n.updatedAt)))] : []),
  ];
  return { body: renderSitemapIndex(refs), lastModified: newest(refs.map((r) => r.lastmod ?? null)) };
}

function listingEntries(site: SeoSite, list: SitemapListing[], path: (slug: string) => string): UrlEntry[] {
  return list.map((l) => ({ loc: absoluteUrl(site, path(l.slug)), lastmod: l.lastmod }));
}

function urlset(entries: UrlEntry[], lastModified: string | null): DocumentBody {
  return { body: renderUrlset(entries), lastModified };
}

/**
 * One sitemap; null when there is no such sitemap (an article chunk past the last one). The named
 * sitemaps always exist, so a sitemap submitted by hand never turns into a 404: an empty one (no news
 * in the last two days) is an empty `<urlset>`, and the index leaves it out until it has entries.
 */
export async function sitemapDocument(db: DB, site: SeoSite, name: SitemapName, options: SitemapOptions = {}): Promise<DocumentBody | null> {
  const now = options.now ?? nowIso();
  switch (name.kind) {
    case 'articles': {
      const articles = await listSitemapArticles(db, name.page, options.chunkSize ?? SITEMAP_MAX_URLS, now);
      if (articles.length === 0) return null;
      const entries = articles.map((a) => ({ loc: absoluteUrl(site, a.url), lastmod: a.updatedAt, images: imageUrl(site, a.heroSrc) }));
      return urlset(entries, newest(articles.map((a) => a.updatedAt)));
    }
    case 'sections': {
      // The fronts: the home page (changed whenever any story did), then each section's front.
      const sections = await listSitemapSections(db, now);
      const home = newest(sections.map((s) => s.lastmod));
      return urlset([{ loc: absoluteUrl(site, '/'), lastmod: home }, ...listingEntries(site, sections, sectionPath)], home);
    }
    case 'tags': {
      const tags = await listSitemapTags(db, now);
      return urlset(listingEntries(site, tags, tagPath), newest(tags.map((t) => t.lastmod)));
    }
    case 'authors': {
      const authors = await listSitemapAuthors(db, now);
      return urlset(listingEntries(site, authors, authorPath), newest(authors.map((a) => a.lastmod)));
    }
    case 'news': {
      const articles = await listNewsSitemapArticles(db, now);
      const language = newsLanguage(site.locale);
      const entries = articles.map((a) => ({
        loc: absoluteUrl(site, a.url),
        news: { publicationName: site.name, language, publicationDate: a.publishedAt, title: a.headline },
      }));
      return urlset(entries, newest(articles.map((a) => a.updatedAt)));
    }
  }
}
