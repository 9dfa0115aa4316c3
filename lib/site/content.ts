import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { cacheTags } from '../cache-tags.ts';
import { getDb } from '../db/connection.ts';
import { getPublishedArticle, getPublishedBody, listArticles, listLatest, listRelated, listSectionFronts } from '../content/articles.ts';
import { publicEdition } from '../content/gating.ts';
import { listComments } from '../comments/service.ts';
import { config } from '../config.ts';
import { getAuthor, getSection, getTag, listSections } from '../content/taxonomy.ts';
import type { Teaser } from '../content/types.ts';

/*
 * Cached reads for pages. Each result is tagged with what it depends on (lib/cache-tags.ts);
 * the 'content' life refreshes in the background hourly as a safety net, tags do the real work.
 */

/**
 * The article as the cached public page shows it. For members-only articles the body stops after
 * the first paragraph here, so the rest never reaches the cache, the HTML or the RSC payload.
 */
export async function getArticle(slug: string) {
  'use cache';
  cacheLife('content');
  const article = await getPublishedArticle(getDb(), slug, undefined, config().comments.defaultMode);
  cacheTag(cacheTags.articleSlug(slug));
  if (!article) return null;
  cacheTag(cacheTags.article(article.id));
  return publicEdition(article);
}

/** The whole body of a published article, for signed-in members (the API checks the session). */
export async function getFullBody(articleId: number) {
  'use cache';
  cacheLife('content');
  cacheTag(cacheTags.article(articleId));
  return getPublishedBody(getDb(), articleId);
}

export async function getRelated(articleId: number, sectionSlug: string, tagSlugs: string[]) {
  'use cache';
  cacheLife('content');
  cacheTag(cacheTags.section(sectionSlug), ...tagSlugs.map(cacheTags.tag));
  return listRelated(getDb(), { id: articleId, sectionSlug }, 4);
}

/** Newest across the site. Cached briefly too, so scheduled stories surface without a purge. */
export async function getLatest(limit: number) {
  'use cache';
  cacheLife('latest');
  cacheTag(cacheTags.latest);
  return { teasers: await listLatest(getDb(), limit), asOf: new Date().toISOString() };
}

export async function getSections() {
  'use cache';
  cacheLife('content');
  cacheTag(cacheTags.sections);
  return listSections(getDb());
}

export async function getSectionPage(slug: string, page: number) {
  'use cache';
  cacheLife('latest');
  cacheTag(cacheTags.section(slug), cacheTags.sections);
  const db = getDb();
  const section = await getSection(db, slug);
  if (!section) return null;
  return { section, list: await listArticles(db, { sectionSlug: slug }, page) };
}

export async function getTagPage(slug: string, page: number) {
  'use cache';
  cacheLife('latest');
  cacheTag(cacheTags.tag(slug));
  const db = getDb();
  const tag = await getTag(db, slug);
  if (!tag) return null;
  return { tag, list: await listArticles(db, { tagSlug: slug }, page) };
}

export async function getAuthorPage(slug: string, page: number) {
  'use cache';
  cacheLife('latest');
  cacheTag(cacheTags.author(slug));
  const db = getDb();
  const author = await getAuthor(db, slug);
  if (!author) return null;
  return { author, list: await listArticles(db, { authorSlug: slug }, page) };
}

export interface HomeFront {
  lead: Teaser | null;
  top: Teaser[];
  sections: { slug: string; name: string; teasers: Teaser[] }[];
}

/** The front page: lead, top stories, then a block per section without repeating a story. */
export async function getHomeFront(): Promise<HomeFront> {
  'use cache';
  cacheLife('latest');
  cacheTag(cacheTags.latest, cacheTags.sections);
  const db = getDb();
  const [latest, fronts, sections] = await Promise.all([listLatest(db, 12), listSectionFronts(db, 9), listSections(db)]);
  const lead = latest.find((t) => t.hero) ?? latest[0] ?? null;
  const top = latest.filter((t) => t !== lead).slice(0, 4);
  const shown = new Set([lead?.id, ...top.map((t) => t.id)]);
  return {
    lead,
    top,
    sections: sections
      .map((s) => ({
        slug: s.slug,
        name: s.name,
        teasers: (fronts.get(s.slug) ?? []).filter((t) => !shown.has(t.id)).slice(0, 4),
      }))
      .filter((s) => s.teasers.length > 0),
  };
}

/** The first page of a thread as anonymous readers see it (newest first), server-rendered in the article. */
export async function getComments(articleId: number) {
  'use cache';
  cacheLife('content');
  cacheTag(cacheTags.comments(articleId));
  return listComments(getDb(), articleId, { sort: 'newest' }, null, config().comments);
}
