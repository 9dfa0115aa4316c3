import type { FeedItem } from '../content/feeds.ts';
import { newest } from '../http/document.ts';
import type { SeoSite } from '../seo/urls.ts';
import { cdataNode, el, renderXml, type XmlNode } from '../xml/element.ts';
import { itemLinks, itemSummary, type FeedChannel } from './channel.ts';
import { bodyHtml } from './html.ts';

/**
 * RSS 2.0 (rssboard.org specification) with the content, Dublin Core and Atom modules:
 * - content:encoded: the whole article as HTML for public articles (CDATA); members-only items have none,
 *   only the standfirst in <description>;
 * - dc:creator: bylines by name (RSS's own <author> must be an email address, which we do not publish);
 * - guid: the article's absolute URL (isPermaLink="true");
 * - enclosure: the hero image; `length` is the file size when the library recorded it, else 0, the
 *   convention for an unknown length (the RSS Advisory Board's profile allows it).
 */
const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
};

/** RFC 822 date as RSS wants it (`Wed, 01 May 2024 09:30:00 GMT`). */
export const rfc822 = (iso: string) => new Date(iso).toUTCString();

function item(site: SeoSite, it: FeedItem): XmlNode {
  const links = itemLinks(site, it);
  const summary = itemSummary(it);
  return el(
    'item',
    null,
    el('title', null, it.headline),
    el('link', null, links.url),
    el('guid', { isPermaLink: 'true' }, links.url),
    summary ? el('description', null, summary) : null,
    it.content ? el('content:encoded', null, cdataNode(bodyHtml(site, it.content.body, it.content.media))) : null,
    el('pubDate', null, rfc822(it.publishedAt)),
    it.authors.map((a) => el('dc:creator', null, a.name)),
    el('category', { domain: links.section }, it.section.name),
    it.tags.map((t) => el('category', { domain: links.tag(t.slug) }, t.name)),
    links.hero && it.heroFile ? el('enclosure', { url: links.hero, length: it.heroFile.byteSize ?? 0, type: it.heroFile.mime }) : null,
  );
}

export function renderRss(site: SeoSite, channel: FeedChannel, items: FeedItem[]): string {
  const lastBuild = newest(items.map((i) => i.updatedAt));
  return renderXml(
    el(
      'rss',
      { version: '2.0', 'xmlns:atom': NS.atom, 'xmlns:content': NS.content, 'xmlns:dc': NS.dc },
      el(
        'channel',
        null,
        el('title', null, channel.title),
        el('link', null, channel.link),
        el('description', null, channel.description),
        el('language', null, site.locale.toLowerCase()),
        lastBuild ? el('lastBuildDate', null, rfc822(lastBuild)) : null,
        el('atom:link', { href: channel.self, rel: 'self', type: 'application/rss+xml' }),
        items.map((i) => item(site, i)),
      ),
    ),
  );
}
