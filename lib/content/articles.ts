import { bodyText, parseBody, type Block } from './blocks.ts';
import { readingMinutes } from '../format.ts';
import type { DB } from '../db/connection.ts';
import { isPublic, teaserQuery, toTeaser } from './teasers.ts';
import { nowIso, toIso } from './time.ts';
import type { Article, CommentsMode, ImageRef, Paged, Teaser } from './types.ts';

export const PER_PAGE = 12;

/** A published article by slug, with everything its page renders; null when readers may not see it. */
/** `defaultCommentsMode` is the site default, for articles that do not choose one. */
export async function getPublishedArticle(
  db: DB,
  slug: string,
  now = nowIso(),
  defaultCommentsMode: CommentsMode = 'open',
): Promise<Article | null> {
  const row = await teaserQuery(db)
    .select(['a.body', 'a.updated_at', 'a.comments_mode', 'a.seo_title', 'a.seo_description'])
    .where('a.slug', '=', slug)
    .where(isPublic(now))
    .executeTakeFirst();
  if (!row) return null;

  let body: Block[];
  try {
    body = parseBody(row.body);
  } catch (error) {
    throw new Error(`Article ${row.id} (${row.slug}) has a body that does not match the block schema`, { cause: error });
  }

  const [authors, tags, bodyMedia] = await Promise.all([
    db
      .selectFrom('article_authors as aa')
      .innerJoin('authors as au', 'au.id', 'aa.author_id')
      .select(['au.slug', 'au.name', 'au.role'])
      .where('aa.article_id', '=', row.id)
      .orderBy('aa.position')
      .execute(),
    db
      .selectFrom('article_tags as at')
      .innerJoin('tags as t', 't.id', 'at.tag_id')
      .select(['t.slug', 't.name'])
      .where('at.article_id', '=', row.id)
      .orderBy('t.name')
      .execute(),
    loadMedia(db, body),
  ]);

  return {
    ...toTeaser(row),
    body,
    bodyMedia,
    authors,
    tags,
    updatedAt: toIso(row.updated_at),
    commentsMode: row.comments_mode ?? defaultCommentsMode,
    readingMinutes: readingMinutes(bodyText(body)),
    gated: false,
    seoTitle: row.seo_title,
    seoDescription: row.seo_description,
  };
}

/** The full body and its media for a published article (members' reading), or null. */
export async function getPublishedBody(db: DB, articleId: number, now = nowIso()) {
  const row = await db
    .selectFrom('articles as a')
    .select(['a.body'])
    .where('a.id', '=', articleId)
    .where(isPublic(now))
    .executeTakeFirst();
  if (!row) return null;
  const body = parseBody(row.body);
  return { body, bodyMedia: await loadMedia(db, body) };
}

async function loadMedia(db: DB, body: Block[]): Promise<Record<number, ImageRef>> {
  const ids = [...new Set(body.flatMap((b) => (b.type === 'image' ? [b.mediaId] : [])))];
  if (ids.length === 0) return {};
  const rows = await db.selectFrom('media').selectAll().where('id', 'in', ids).execute();
  return Object.fromEntries(
    rows.map((m) => [m.id, { src: m.src, width: m.width, height: m.height, alt: m.alt, caption: null, credit: m.credit }]),
  );
}

/** Newest published articles across the site. */
export async function listLatest(db: DB, limit: number, now = nowIso()): Promise<Teaser[]> {
  const rows = await teaserQuery(db)
    .where(isPublic(now))
    .orderBy('a.published_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toTeaser);
}

export type ListFilter = { sectionSlug: string } | { tagSlug: string } | { authorSlug: string };

/** Published articles in a section, tag or author (unordered, unpaged). */
function filteredQuery(db: DB, filter: ListFilter, now: string) {
  return teaserQuery(db)
    .where(isPublic(now))
    .where((eb) => {
      if ('sectionSlug' in filter) return eb('s.slug', '=', filter.sectionSlug);
      if ('tagSlug' in filter)
        return eb.exists(
          eb
            .selectFrom('article_tags as at')
            .innerJoin('tags as t', 't.id', 'at.tag_id')
            .whereRef('at.article_id', '=', 'a.id')
            .where('t.slug', '=', filter.tagSlug)
            .select('at.article_id'),
        );
      return eb.exists(
        eb
          .selectFrom('article_authors as aa')
          .innerJoin('authors as au', 'au.id', 'aa.author_id')
          .whereRef('aa.article_id', '=', 'a.id')
          .where('au.slug', '=', filter.authorSlug)
          .select('aa.article_id'),
      );
    });
}

/** The query for one page of a list, newest first; exported so tests can check its plan. */
export function listPageQuery(db: DB, filter: ListFilter, page: number, perPage = PER_PAGE, now = nowIso()) {
  return filteredQuery(db, filter, now)
    .orderBy('a.published_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(perPage)
    .offset((page - 1) * perPage);
}

/** One page of published articles in a section, tag or author, newest first. Page numbers start at 1. */
export async function listArticles(db: DB, filter: ListFilter, page: number, perPage = PER_PAGE, now = nowIso()): Promise<Paged<Teaser>> {
  const [{ total }, rows] = await Promise.all([
    filteredQuery(db, filter, now)
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .executeTakeFirstOrThrow(),
    listPageQuery(db, filter, page, perPage, now).execute(),
  ]);
  const count = Number(total);
  return { items: rows.map(toTeaser), page, perPage, total: count, totalPages: Math.max(1, Math.ceil(count / perPage)) };
}

/**
 * "Read also": published articles sharing the most tags with this one, then the newest in its section.
 */
export async function listRelated(db: DB, article: { id: number; sectionSlug: string }, limit: number, now = nowIso()): Promise<Teaser[]> {
  // Rank on the narrow tag/article join first, then build teasers for the few winners: grouping the
  // full teaser rows (with their comment counts) over every article sharing a tag cost milliseconds.
  const ranked = await db
    .selectFrom('article_tags as mine')
    .innerJoin('article_tags as at', 'at.tag_id', 'mine.tag_id')
    .innerJoin('articles as a', 'a.id', 'at.article_id')
    .where('mine.article_id', '=', article.id)
    .where('a.id', '!=', article.id)
    .where(isPublic(now))
    .select((eb) => ['a.id', eb.fn.countAll<number>().as('shared')])
    .groupBy(['a.id', 'a.published_at'])
    .orderBy('shared', 'desc')
    .orderBy('a.published_at', 'desc')
    .limit(limit)
    .execute();
  const rankedIds = ranked.map((r) => r.id);
  const byTags = rankedIds.length ? await teaserQuery(db).where('a.id', 'in', rankedIds).execute() : [];
  byTags.sort((x, y) => rankedIds.indexOf(x.id) - rankedIds.indexOf(y.id));
  const related = byTags.map(toTeaser);
  if (related.length >= limit) return related;

  const seen = [article.id, ...related.map((t) => t.id)];
  const sameSection = await teaserQuery(db)
    .where('s.slug', '=', article.sectionSlug)
    .where('a.id', 'not in', seen)
    .where(isPublic(now))
    .orderBy('a.published_at', 'desc')
    .limit(limit - related.length)
    .execute();
  return [...related, ...sameSection.map(toTeaser)];
}

/** The newest `perSection` published articles of every section, in one query (window function). */
export async function listSectionFronts(db: DB, perSection: number, now = nowIso()): Promise<Map<string, Teaser[]>> {
  const ranked = teaserQuery(db)
    .where(isPublic(now))
    .select((eb) =>
      eb.fn
        .agg<number>('row_number')
        .over((ob) => ob.partitionBy('a.section_id').orderBy('a.published_at', 'desc').orderBy('a.id', 'desc'))
        .as('rank'),
    );
  const rows = await db
    .selectFrom(ranked.as('r'))
    .selectAll()
    .where('r.rank', '<=', perSection)
    .orderBy('r.section_slug')
    .orderBy('r.rank')
    .execute();
  const fronts = new Map<string, Teaser[]>();
  for (const row of rows) {
    const list = fronts.get(row.section_slug) ?? [];
    list.push(toTeaser(row));
    fronts.set(row.section_slug, list);
  }
  return fronts;
}

