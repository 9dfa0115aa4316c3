/**
 * The site as search engines and social networks see it, and the public URLs the SEO helpers point at.
 * Pure: pages pass `seoSite(config())`, tests pass a literal.
 */
export interface SeoSite {
  /** Absolute origin (and optional base path) without a trailing slash, from SITE_URL. */
  url: string;
  name: string;
  /** BCP 47, e.g. en-GB. */
  locale: string;
}

export function seoSite(config: { siteUrl: string; siteName: string; locale: string }): SeoSite {
  return { url: config.siteUrl.replace(/\/+$/, ''), name: config.siteName, locale: config.locale };
}

/** `path` (starting with /) under the site URL; `/` is the home page itself. */
export function absoluteUrl(site: SeoSite, path: string): string {
  return path === '/' ? `${site.url}/` : `${site.url}${path}`;
}

/** OpenGraph writes locales with an underscore (en_GB). */
export const ogLocale = (locale: string) => locale.replace('-', '_');

/** Square logo for the publisher (generated from public/icon.svg). */
export const LOGO = { path: '/logo.png', width: 512, height: 512 } as const;

/** Share cards (next/og) are always this size. */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/** The generated card for an article without a hero (app/og/article/[id]/route.tsx). */
export const shareImagePath = (articleId: number) => `/og/article/${articleId}`;

/** The generated card for pages that have no picture of their own (app/og/site/route.tsx). */
export const SITE_SHARE_IMAGE_PATH = '/og/site';

/** The crops Google asks for (1:1, 4:3, 16:9), all 1200 px wide (app/og/image/[ratio]/[...src]/route.ts). */
export const CROPS = {
  '1x1': { width: 1200, height: 1200 },
  '4x3': { width: 1200, height: 900 },
  '16x9': { width: 1200, height: 675 },
} as const;
export type CropRatio = keyof typeof CROPS;

/**
 * A crop of a library image by its public src. Only our own files can be cropped (demo images and
 * uploads under /media): null for anything else, and callers fall back to the share card.
 */
export function cropPath(ratio: CropRatio, src: string): string | null {
  return /^\/(demo|media)\/[A-Za-z0-9._/-]+$/.test(src) && !src.includes('..') ? `/og/image/${ratio}${src}` : null;
}

export type FeedKind = 'section' | 'tag' | 'author';

/** Feed URLs as agreed with the feeds routes. */
export const SITE_FEED_PATH = '/feeds/rss.xml';
export const JSON_FEED_PATH = '/feeds/feed.json';
export const feedPath = (kind: FeedKind, slug: string) => `/feeds/${kind}/${slug}.xml`;

/** The sitemap index robots.txt names (app/sitemap.xml/route.ts). */
export const SITEMAP_INDEX_PATH = '/sitemap.xml';

/** Site search, for the WebSite SearchAction. */
export const SEARCH_PATH = '/search';

export const authorPath = (slug: string) => `/author/${slug}`;
export const sectionPath = (slug: string) => `/${slug}`;
export const tagPath = (slug: string) => `/tag/${slug}`;
