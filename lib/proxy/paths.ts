/*
 * String rules the front door (lib/http/front-door.ts) applies to every page path before anything
 * renders. Pure and cheap: a few regular expressions per request, no lookups.
 */

/** Paths whose case is meaningful (tokens, file keys, framework files): never lower-cased. */
const CASE_SENSITIVE = /^\/(?:preview|api|media|demo|_next|og|feeds|sitemaps)(?:\/|$)/;

const FRONT_PAGE_ROUTE = '/edition/front';

/**
 * The canonical form of a page path, or null when it already is canonical: no trailing slash,
 * no repeated slashes, ASCII letters in lower case (percent-escapes are left as they are, since
 * `%C3%A9` and `%c3%a9` are the same character). `/` stays `/`; the front page's route is `/`.
 */
export function canonicalPath(pathname: string): string | null {
  // Collapsing `//` first also stops `//evil.example/` from becoming a protocol-relative target.
  let path = pathname.replace(/\/{2,}/g, '/');
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  if (!CASE_SENSITIVE.test(path)) path = path.replace(/%[0-9A-Fa-f]{2}|[A-Z]+/g, (m) => (m.startsWith('%') ? m : m.toLowerCase()));
  // Where next.config.mjs rewrites `/` to: the front page has one address.
  if (path === FRONT_PAGE_ROUTE) path = '/';
  return path === pathname ? null : path;
}

/** Paths that are not pages: framework, API, media, feed, sitemap and share-image paths, and files. */
const NOT_PAGES = /^\/(?:api|_next|media|demo|feeds|sitemaps|og)(?:\/|$)|\./;

export function isNotAPage(pathname: string): boolean {
  return NOT_PAGES.test(pathname);
}

/**
 * Pages proxy.ts handles (its matcher lists the same): personal pages, search, and the removal page.
 * Never a shared copy of one of these.
 */
const PROXIED_PAGES = /^\/(?:desk|account|preview|search|gone)(?:\/|$)/;

export function isProxiedPage(pathname: string): boolean {
  return PROXIED_PAGES.test(pathname);
}

/** First segments that are not sections: their two-segment paths are never article URLs. */
const NOT_SECTIONS = new Set(['api', '_next', 'media', 'demo', 'account', 'tag', 'author', 'edition', 'preview', 'gone', 'feeds', 'sitemaps', 'og', 'desk', 'search']);

/** The slug of an article-shaped path (`/<section>/<slug>`), which the front door checks for 301/410; else null. */
export function articleSlugOf(pathname: string): string | null {
  const match = /^\/([^/]+)\/([^/]+)$/.exec(pathname);
  if (!match || NOT_SECTIONS.has(match[1]!)) return null;
  return match[2]!;
}

/**
 * For answers that follow a slug's status: the 301 from an old slug, the 410 of a removed article.
 * Browsers keep a 301 forever unless told otherwise, and a slug can be renamed back (a restored
 * revision) or a story republished, so browsers must ask again; shared caches may keep it a minute.
 */
export const SLUG_STATUS_CACHE_CONTROL = 'public, max-age=0, s-maxage=60, must-revalidate';
