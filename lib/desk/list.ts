import { sql } from 'kysely';
import { articleUrl } from '../content/teasers.ts';
import { toIso } from '../content/time.ts';
import type { DB } from '../db/connection.ts';
import type { ArticleStatus } from '../db/schema.ts';

/** The desk's article list: every status, filtered and sorted, newest change first by default. */
export const DESK_SORTS = ['updated', 'published', 'headline'] as const;
export type DeskSort = (typeof DESK_SORTS)[number];
export const DESK_PAGE_SIZE = 25;

export interface DeskListFilter {
  status?: ArticleStatus;
  section?: string;
  author?: string;
  q?: string;
  sort?: DeskSort;
  page?: number;
}

export interface DeskListItem {
  id: number;
  headline: string;
  status: ArticleStatus;
  section: string;
  authors: string[];
  url: string;
  updatedAt: string;
  publishedAt: string | null;
  visibility: 'public' | 'members';
}

export async function listDeskArticles(db: DB, filter: DeskListFilter) {
  const page = Math.max(1, filter.page ?? 1);
  let query = db.selectFrom('articles as a').innerJoin('sections as s', 's.id', 'a.section_id');
  if (filter.status) query = query.where('a.status', '=', filter.status);
  if (filter.section) query = query.where('s.slug', '=', filter.section);
  if (filter.author) {
    const author = filter.author;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('article_authors as aa')
          .innerJoin('authors as au', 'au.id', 'aa.author_id')
          .whereRef('aa.article_id', '=', 'a.id')
          .where('au.slug', '=', author)
          .select('aa.article_id'),
      ),
    );
  }
  const q = filter.q?.trim().toLowerCase();
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([sql<boolean>`lower(a.headline) like ${pattern} escape '\\'`, sql<boolean>`lower(a.slug) like ${pattern} escape '\\'`]),
    );
  }
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const sorted =
    filter.sort === 'headline'
      ? query.orderBy('a.headline').orderBy('a.id')
      : filter.sort === 'published'
        ? query.orderBy(sql`a.published_at is null`).orderBy('a.published_at', 'desc').orderBy('a.id', 'desc')
        : query.orderBy('a.updated_at', 'desc').orderBy('a.id', 'desc');
  const rows = await sorted
    .select(['a.id', 'a.headline', 'a.status', 'a.slug', 'a.updated_at', 'a.published_at', 'a.visibility', 's.slug as section_slug', 's.name as section_name'])
    .limit(DESK_PAGE_SIZE)
    .offset((page - 1) * DESK_PAGE_SIZE)
    .execute();
  const ids = rows.map((r) => r.id);
  const bylines = ids.length
    ? await db
        .selectFrom('article_authors as aa')
        .innerJoin('authors as au', 'au.id', 'aa.author_id')
        .select(['aa.article_id', 'au.name'])
        .where('aa.article_id', 'in', ids)
        .orderBy('aa.position')
        .execute()
    : [];
  const items: DeskListItem[] = rows.map((r) => ({
    id: r.id,
    headline: r.headline,
    status: r.status,
    section: r.section_name,
    authors: bylines.filter((b) => b.article_id === r.id).map((b) => b.name),
    url: articleUrl(r.section_slug, r.slug),
    updatedAt: toIso(r.updated_at),
    publishedAt: r.published_at == null ? null : toIso(r.published_at),
    visibility: r.visibility,
  }));
  const count = Number(total);
  return { items, page, perPage: DESK_PAGE_SIZE, total: count, totalPages: Math.max(1, Math.ceil(count / DESK_PAGE_SIZE)) };
}
