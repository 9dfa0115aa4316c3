import type { FeedItem } from '../content/feeds.ts';
import { absoluteUrl, authorPath, sectionPath, tagPath, type SeoSite } from '../seo/urls.ts';

/** What both feed formats say about the feed itself; URLs are absolute. */
export interface FeedChannel {
  title: string;
  /** The HTML page the feed follows (home, section front, tag or author page). */
  link: string;
  /** The feed's own URL (RSS atom:link rel="self", JSON Feed feed_url). */
  self: string;
  description: string;
}

/** Absolute URLs of the pages a feed item links to. */
export const itemLinks = (site: SeoSite, item: FeedItem) => ({
  url: absoluteUrl(site, item.url),
  section: absoluteUrl(site, sectionPath(item.section.slug)),
  tag: (slug: string) => absoluteUrl(site, tagPath(slug)),
  author: (slug: string) => absoluteUrl(site, authorPath(slug)),
  /** Hero src is a site path (/demo/…, /media/…). */
  hero: item.hero ? (/^https?:\/\//.test(item.hero.src) ? item.hero.src : absoluteUrl(site, item.hero.src)) : null,
});

/** The item's summary: the standfirst, which is also all a members-only item carries. */
export const itemSummary = (item: FeedItem): string | null => (item.standfirst?.trim() ? item.standfirst.trim() : null);
