import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { cacheTags } from '../cache-tags.ts';
import { config } from '../config.ts';
import { getDb } from '../db/connection.ts';
import { jsonFeedDocument, rssDocument, type FeedSubject } from '../feeds/documents.ts';
import { withEtag } from '../http/document.ts';
import { seoSite } from '../seo/urls.ts';

/*
 * Cached feeds, tagged `feeds` (revalidated on every public change) and, for a section, tag or author
 * feed, that list's own tag, so a renamed section or a new tag refreshes it (also a cached 404 for a
 * tag that did not exist yet). Route handlers call these only at request time, never at build.
 */

function tagSubject(subject: FeedSubject) {
  if (!subject) return;
  if (subject.kind === 'section') cacheTag(cacheTags.section(subject.slug), cacheTags.sections);
  if (subject.kind === 'tag') cacheTag(cacheTags.tag(subject.slug));
  if (subject.kind === 'author') cacheTag(cacheTags.author(subject.slug));
}

export async function getRssFeed(subject: FeedSubject) {
  'use cache';
  cacheLife('content');
  cacheTag(cacheTags.feeds);
  tagSubject(subject);
  const doc = await rssDocument(getDb(), seoSite(config()), subject);
  return doc ? withEtag(doc) : null;
}

export async function getJsonFeed() {
  'use cache';
  cacheLife('content');
  cacheTag(cacheTags.feeds);
  return withEtag(await jsonFeedDocument(getDb(), seoSite(config())));
}
