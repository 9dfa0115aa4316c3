import type { FeedItem } from '../content/feeds.ts';
import { absoluteUrl, LOGO, type SeoSite } from '../seo/urls.ts';
import { itemLinks, itemSummary, type FeedChannel } from './channel.ts';
import { bodyHtml } from './html.ts';

/**
 * JSON Feed 1.1 (jsonfeed.org/version/1.1). Items carry the whole article as `content_html` when it is
 * public; a members-only item carries its standfirst only (`content_text`, since the spec wants one of
 * the two on every item). Times are RFC 3339; ids are the articles' absolute URLs, as the RSS guids.
 */
export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

interface JsonFeedAuthor {
  name: string;
  url?: string;
}

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  content_html?: string;
  content_text?: string;
  summary?: string;
  image?: string;
  date_published: string;
  date_modified: string;
  authors?: JsonFeedAuthor[];
  tags: string[];
}

export interface JsonFeed {
  version: typeof JSON_FEED_VERSION;
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  icon: string;
  authors: JsonFeedAuthor[];
  items: JsonFeedItem[];
}

function item(site: SeoSite, it: FeedItem): JsonFeedItem {
  const links = itemLinks(site, it);
  const summary = itemSummary(it);
  return {
    id: links.url,
    url: links.url,
    title: it.headline,
    ...(it.content ? { content_html: bodyHtml(site, it.content.body, it.content.media) } : { content_text: summary ?? it.headline }),
    ...(summary ? { summary } : {}),
    ...(links.hero ? { image: links.hero } : {}),
    date_published: it.publishedAt,
    date_modified: it.updatedAt,
    ...(it.authors.length > 0 ? { authors: it.authors.map((a) => ({ name: a.name, url: links.author(a.slug) })) } : {}),
    tags: [it.section.name, ...it.tags.map((t) => t.name)],
  };
}

export function buildJsonFeed(site: SeoSite, channel: FeedChannel, items: FeedItem[]): JsonFeed {
  return {
    version: JSON_FEED_VERSION,
    title: channel.title,
    home_page_url: channel.link,
    feed_url: channel.self,
    description: channel.description,
    language: site.locale,
    // JSON Feed asks for a square icon, 512 px: the publisher logo is exactly that.
    icon: absoluteUrl(site, LOGO.path),
    authors: [{ name: site.name, url: absoluteUrl(site, '/') }],
    items: items.map((i) => item(site, i)),
  };
}

export function renderJsonFeed(site: SeoSite, channel: FeedChannel, items: FeedItem[]): string {
  return `${JSON.stringify(buildJsonFeed(site, channel, items), null, 2)}\n`;
}
