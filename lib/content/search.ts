import type { DB } from '../db/connection.ts';
import { markedSnippets, matchingArticles, rankScore } from '../db/search-adapter.ts';
import { parseSearchQuery, type SearchQuery } from './search-query.ts';
import { chooseSnippet } from './snippet.ts';
import { isPublic, teaserQuery, toTeaser } from './teasers.ts';
import { nowIso } from './time.ts';
import type { Paged, SearchHit } from './types.ts';

/**
 * Site search over published articles, the same on SQLite and PostgreSQL: the engine-specific
 * matching, ranking and marking live in lib/db/search-adapter.ts (the ranking formula is described
 * there); this module reads the query, filters to what readers may see, pages and picks snippets.
 */

export const SEARCH_PER_PAGE = 10;
/** Deeper than anyone reads; keeps OFFSET bounded. */
export const SEARCH_MAX_PAGE = 100;

export interface SearchOptions {
  /** What the reader typed, as typed: it is parsed here, never passed to an engine as syntax. */
  q: string | null | undefined;
  /** A section slug to search within. */
  section?: string | null;
  page: number;
  perPage?: number;
  now?: string;
}

export interface SearchResults extends Paged<SearchHit> {
  query: SearchQuery;
}

export async function searchArticles(db: DB, options: SearchOptions): Promise<SearchResults> {
  const query = parseSearchQuery(options.q);
  const perPage = options.perPage ?? SEARCH_PER_PAGE;
  const page = Math.min(Math.max(Math.trunc(options.page) || 1, 1), SEARCH_MAX_PAGE);
  const empty: SearchResults = { items: [], total: 0, page, perPage, totalPages: 1, query };
  if (query.problem) return empty;

  const now = options.now ?? nowIso();
  const section = options.section || null;

  const counted = await db
    .selectFrom('articles as a')
    .innerJoin(matchingArticles(db, query), (join) => join.onRef('fts.article_id', '=', 'a.id'))
    .innerJoin('sections as s', 's.id', 'a.section_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(isPublic(now))
    .$if(section !== null, (qb) => qb.where('s.slug', '=', section ?? ''))
    .executeTakeFirstOrThrow();
  const total = Number(counted.n);
  if (total === 0) return empty;

  const rows = await teaserQuery(db)
    .innerJoin(matchingArticles(db, query), (join) => join.onRef('fts.article_id', '=', 'a.id'))
    .select(rankScore(db, now).as('score'))
    .where(isPublic(now))
    .$if(section !== null, (qb) => qb.where('s.slug', '=', section ?? ''))
    .orderBy('score', 'desc')
    .orderBy('a.published_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(perPage)
    .offset((page - 1) * perPage)
    .execute();
  const snippets = await markedSnippets(db, query, rows.map((r) => r.id));

  return {
    items: rows.map((row) => ({ ...toTeaser(row), snippet: chooseSnippet(row.visibility, snippets.get(row.id)) })),
    total,
    page,
    perPage,
    totalPages: Math.max(1, Math.ceil(total / perPage)),
    query,
  };
}
