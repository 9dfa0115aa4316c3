import type { ListFilter } from '../content/articles.ts';
import { FEED_SIZE, listFeedItems } from '../content/feeds.ts';
import { getAuthor, getSection, getTag } from '../content/taxonomy.ts';
import { nowIso } from '../content/time.ts';
import type { DB } from '../db/connection.ts';
import { SLUG_PATTERN } from '../desk/slug.ts';
import { newest, type DocumentBody } from '../http/document.ts';
import { siteDescription } from '../seo/metadata.ts';
import {
  absoluteUrl,
  authorPath,
  feedPath,
  JSON_FEED_PATH,
  sectionPath,
  SITE_FEED_PATH,
  tagPath,
  type FeedKind,
  type SeoSite,
} from '../seo/urls.ts';
import type { FeedChannel } from './channel.ts';
import { renderJsonFeed } from './json-feed.ts';
import { renderRss } from './rss.ts';

/**
 * The feed documents, from the data layer to RSS or JSON. lib/site/feeds.ts caches them; tests parse
 * what these return from a seeded database, so both see the same documents.
 */

/** A section, tag or author feed; null is the whole site. */
export type FeedSubject = { kind: FeedKind; slug: string } | null;

export interface FeedOptions {
  now?: string;
  limit?: number;
}

/** `climate.xml` → `climate`; anything that is not a slug (lib/desk/slug.ts) with .xml → null (404). */
export function parseFeedFile(file: string): string | null {
  if (!file.endsWith('.xml')) return null;
  const slug = file.slice(0, -'.xml'.length);
  return slug.length <= 200 && SLUG_PATTERN.test(slug) ? slug : null;
}

export function isFeedKind(kind: string): kind is FeedKind {
  return kind === 'section' || kind === 'tag' || kind === 'author';
}

const filterOf = (subject: { kind: FeedKind; slug: string }): ListFilter =>
  subject.kind === 'section' ? { sectionSlug: subject.slug } : subject.kind === 'tag' ? { tagSlug: subject.slug } : { authorSlug: subject.slug };

/** The channel of a feed, or null when its section, tag or author does not exist. */
async function channelOf(db: DB, site: SeoSite, subject: FeedSubject, selfPath: string): Promise<FeedChannel | null> {
  const self = absoluteUrl(site, selfPath);
  if (!subject) return { title: site.name, link: absoluteUrl(site, '/'), self, description: siteDescription(site) };
  const titled = (name: string, path: string, description: string) => ({
    title: `${site.name}: ${name}`,
    link: absoluteUrl(site, path),
    self,
    description,
  });
  switch (subject.kind) {
    case 'section': {
      const section = await getSection(db, subject.slug);
      return section ? titled(section.name, sectionPath(section.slug), section.description || `${section.name} from ${site.name}.`) : null;
    }
    case 'tag': {
      const tag = await getTag(db, subject.slug);
      return tag ? titled(tag.name, tagPath(tag.slug), `Stories about ${tag.name} from ${site.name}.`) : null;
    }
    case 'author': {
      const author = await getAuthor(db, subject.slug);
      return author ? titled(author.name, authorPath(author.slug), `Stories by ${author.name}, ${author.role}, for ${site.name}.`) : null;
    }
  }
}

/** RSS 2.0 for the site or a section, tag or author; null for an unknown one. */
export async function rssDocument(db: DB, site: SeoSite, subject: FeedSubject, options: FeedOptions = {}): Promise<DocumentBody | null> {
  const channel = await channelOf(db, site, subject, subject ? feedPath(subject.kind, subject.slug) : SITE_FEED_PATH);
  if (!channel) return null;
  const items = await listFeedItems(db, subject ? filterOf(subject) : null, options.limit ?? FEED_SIZE, options.now ?? nowIso());
  return { body: renderRss(site, channel, items), lastModified: newest(items.map((i) => i.updatedAt)) };
}

/** JSON Feed 1.1 of the whole site. */
export async function jsonFeedDocument(db: DB, site: SeoSite, options: FeedOptions = {}): Promise<DocumentBody> {
  const channel = (await channelOf(db, site, null, JSON_FEED_PATH))!;
  const items = await listFeedItems(db, null, options.limit ?? FEED_SIZE, options.now ?? nowIso());
  return { body: renderJsonFeed(site, channel, items), lastModified: newest(items.map((i) => i.updatedAt)) };
}
