import { el, renderXml, type XmlNode } from '../xml/element.ts';

/**
 * Sitemap XML (sitemaps.org 0.9) with Google's image and news extensions. Pure: takes absolute URLs
 * and ISO times, returns the document. Element order follows the schema: loc, lastmod, then extensions.
 */
export const NS = {
  sitemap: 'http://www.sitemaps.org/schemas/sitemap/0.9',
  image: 'http://www.google.com/schemas/sitemap-image/1.1',
  news: 'http://www.google.com/schemas/sitemap-news/0.9',
} as const;

export interface NewsEntry {
  /** The publication's name as Google News knows it (our SITE_NAME). */
  publicationName: string;
  /** ISO 639 code, see newsLanguage(). */
  language: string;
  publicationDate: string;
  title: string;
}

export interface UrlEntry {
  loc: string;
  lastmod?: string | null;
  /** Absolute image URLs shown on the page (image:image / image:loc). */
  images?: string[];
  news?: NewsEntry;
}

export interface SitemapRef {
  loc: string;
  lastmod?: string | null;
}

/** W3C Datetime to the second (`2024-05-01T09:30:00Z`), as the protocol's examples write it. */
export function w3cDate(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new Error(`Not a date: ${iso}`);
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Google News wants an ISO 639 language code, not a locale: `en-GB` → `en`. Chinese is the documented
 * exception (`zh-cn` simplified, `zh-tw` traditional).
 */
export function newsLanguage(locale: string): string {
  const parsed = new Intl.Locale(locale);
  if (parsed.language !== 'zh') return parsed.language;
  const traditional = parsed.script === 'Hant' || (!parsed.script && ['TW', 'HK', 'MO'].includes(parsed.region ?? ''));
  return traditional ? 'zh-tw' : 'zh-cn';
}

function urlElement(entry: UrlEntry): XmlNode {
  return el(
    'url',
    null,
    el('loc', null, entry.loc),
    entry.lastmod ? el('lastmod', null, w3cDate(entry.lastmod)) : null,
    (entry.images ?? []).map((src) => el('image:image', null, el('image:loc', null, src))),
    entry.news
      ? el(
          'news:news',
          null,
          el('news:publication', null, el('news:name', null, entry.news.publicationName), el('news:language', null, entry.news.language)),
          el('news:publication_date', null, w3cDate(entry.news.publicationDate)),
          el('news:title', null, entry.news.title),
        )
      : null,
  );
}

/** A `<urlset>`; the image and news namespaces are declared only when some entry uses them. */
export function renderUrlset(entries: UrlEntry[]): string {
  const attrs = {
    xmlns: NS.sitemap,
    'xmlns:image': entries.some((e) => e.images?.length) ? NS.image : null,
    'xmlns:news': entries.some((e) => e.news) ? NS.news : null,
  };
  return renderXml(el('urlset', attrs, entries.map(urlElement)));
}

export function renderSitemapIndex(sitemaps: SitemapRef[]): string {
  return renderXml(
    el(
      'sitemapindex',
      { xmlns: NS.sitemap },
      sitemaps.map((s) => el('sitemap', null, el('loc', null, s.loc), s.lastmod ? el('lastmod', null, w3cDate(s.lastmod)) : null)),
    ),
  );
}
