import { absoluteUrl, SEARCH_PATH, SITEMAP_INDEX_PATH, type SeoSite } from './urls.ts';

/**
 * robots.txt (RFC 9309): everything public may be crawled; the desk, the APIs, previews (drafts behind
 * signed links) and search results (endless, thin pages) may not. Pages that must stay out of the index
 * but be crawlable (page 2+ of lists, account pages) say so with their robots meta instead.
 */
export const DISALLOWED_PATHS = ['/desk', '/api/', '/preview/', SEARCH_PATH] as const;

export function robotsTxt(site: SeoSite): string {
  return [
    `# ${site.name.replace(/[\r\n]+/g, ' ')}`,
    'User-agent: *',
    'Allow: /',
    ...DISALLOWED_PATHS.map((path) => `Disallow: ${path}`),
    '',
    `Sitemap: ${absoluteUrl(site, SITEMAP_INDEX_PATH)}`,
    '',
  ].join('\n');
}
