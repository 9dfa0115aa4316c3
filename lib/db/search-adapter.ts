import { sql, type AliasedRawBuilder, type RawBuilder } from 'kysely';
import type { DB } from './connection.ts';
import { engineOfDb } from './engine.ts';

/**
 * Site search, the engine-specific half: writing index entries, matching and ranking, and marking
 * matches in snippets. SQLite uses an FTS5 table (`porter unicode61 remove_diacritics 2`);
 * PostgreSQL a table with a weighted `search_vector tsvector` ('english') under a GIN index. Both
 * are named `article_search`, keyed by article id, and created by migration 004 (whose DDL is a
 * snapshot of the schema; this module is today's code that reads and writes it).
 *
 * Ranking, the same formula on both engines:
 *   score = relevance × headline boost × RECENCY_DAYS / (RECENCY_DAYS + age in days)
 * - relevance weighs headline : standfirst : tags : body as 1 : 0.4 : 0.4 : 0.2: PostgreSQL's
 *   ts_rank_cd with its A/B/B/C weights, SQLite's bm25() with column weights in the same ratio.
 * - headline boost: ×HEADLINE_BOOST when every word is in the headline. bm25 saturates term
 *   frequency, so its column weights alone cannot lift a headline match much above a body match
 *   (at most about 2×, against 5× for PostgreSQL's A over C); this rule, computed by each engine's
 *   own matching, makes "the story is about this" win on both.
 * - recency: a story a month old scores half what it would today, so among similar matches the
 *   newer wins, while a clearly better older match (a headline hit) still beats a newer mention.
 * Ties fall to published_at desc, id desc (the caller orders by those after the score).
 */

export const RECENCY_DAYS = 30;
export const HEADLINE_BOOST = 3;

/** Snippet markers. Index text never contains them (control characters are stripped before writing). */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

/** The texts an entry is built from, already plain (body from blocks) and cleaned. */
export interface SearchTexts {
  headline: string;
  standfirst: string;
  /** Tag names, comma-separated. */
  tags: string;
  /** Empty for members-only articles (see lib/content/search-index.ts). */
  body: string;
}

/** One article's index entry. */
export interface SearchDocument extends SearchTexts {
  articleId: number;
  /** The article version the text was read from: an entry is never replaced by an older one. */
  version: number;
  /** The same texts with accents folded, for PostgreSQL, whose 'english' configuration keeps them. */
  folded: SearchTexts;
}

/** What a reader searches for: words (lower-case, accents folded) and whether the last is a prefix. */
export interface SearchTerms {
  words: string[];
  prefixLast: boolean;
}

/** Marked-up fragments (MARK_START/MARK_END around matches) of an article's standfirst and body. */
export interface MarkedSnippets {
  standfirst: string;
  body: string;
}

/**
 * Writes entries, one statement each, so overlapping reindexes of one article cannot interleave;
 * a write from an older article version than the stored one is skipped.
 */
export async function writeSearchEntries(db: DB, docs: SearchDocument[]): Promise<void> {
  const sqlite = engineOfDb(db) === 'sqlite';
  for (const d of docs) {
    if (sqlite) {
      await sql`insert or replace into article_search (rowid, headline, standfirst, tags, body, version)
        select ${d.articleId}, ${d.headline}, ${d.standfirst}, ${d.tags}, ${d.body}, ${d.version}
        where not exists (select 1 from article_search where rowid = ${d.articleId} and version > ${d.version})`.execute(db);
      continue;
    }
    const f = d.folded;
    await sql`insert into article_search (article_id, version, standfirst, body, search_vector) values (
        ${d.articleId}, ${d.version}, ${d.standfirst}, ${d.body},
        setweight(to_tsvector('english', ${f.headline}), 'A') ||
        setweight(to_tsvector('english', ${f.standfirst}), 'B') ||
        setweight(to_tsvector('english', ${f.tags}), 'B') ||
        setweight(to_tsvector('english', ${f.body}), 'C'))
      on conflict (article_id) do update set
        version = excluded.version, standfirst = excluded.standfirst, body = excluded.body, search_vector = excluded.search_vector
      where article_search.version <= excluded.version`.execute(db);
  }
}

export async function deleteSearchEntries(db: DB, articleIds: number[]): Promise<void> {
  if (articleIds.length === 0) return;
  const key = engineOfDb(db) === 'sqlite' ? sql.raw('rowid') : sql.raw('article_id');
  await sql`delete from article_search where ${key} in (${sql.join(articleIds)})`.execute(db);
}

export async function clearSearchIndex(db: DB): Promise<void> {
  await sql`delete from article_search`.execute(db);
}

/**
 * The matching articles with their relevance, as a subquery aliased `fts` (article_id, relevance)
 * to join to `articles as a`. Words are bound as parameters inside engine syntax that treats them
 * as literal text: FTS5 double-quoted strings, and tsquery single-quoted lexemes.
 */
export function matchingArticles(db: DB, terms: SearchTerms): AliasedRawBuilder<{ article_id: number; relevance: number }, 'fts'> {
  const boost = sql.raw(HEADLINE_BOOST.toFixed(1));
  if (engineOfDb(db) === 'sqlite') {
    // bm25() is lower for better matches; negated so that higher is better on both engines.
    const query = fts5Query(terms);
    return sql<{ article_id: number; relevance: number }>`(
      select rowid as article_id,
        -bm25(article_search, 10.0, 4.0, 4.0, 2.0) * (case when rowid in (
          select rowid from article_search where article_search match ${`headline : (${query})`}
        ) then ${boost} else 1.0 end) as relevance
      from article_search where article_search match ${query})`.as('fts');
  }
  // Weights are {D, C, B, A}; normalisation 1 divides by 1 + log(length), as bm25 tempers long texts.
  // ts_filter(…, '{a}') keeps the headline's lexemes only.
  return sql<{ article_id: number; relevance: number }>`(
    select article_id,
      ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', search_vector, q.query, 1)
        * (case when ts_filter(search_vector, '{a}') @@ q.query then ${boost} else 1.0 end) as relevance
    from article_search, (select ${tsQuery(terms)} as query) q
    where search_vector @@ q.query)`.as('fts');
}

/** The score to order by, for a query joining `articles as a` to matchingArticles() as `fts`. */
export function rankScore(db: DB, now: string): RawBuilder<number> {
  const k = sql.raw(RECENCY_DAYS.toFixed(1));
  if (engineOfDb(db) === 'sqlite') {
    return sql<number>`(fts.relevance * ${k} / (${k} + max(0.0, julianday(${now}) - julianday(a.published_at))))`;
  }
  const days = sql`greatest(0.0, extract(epoch from (${now}::timestamptz - a.published_at))::float8 / 86400.0)`;
  return sql<number>`(fts.relevance::float8 * ${k} / (${k} + ${days}))`;
}

/** The standfirst whole and the best body fragment of each article, matches marked. */
export async function markedSnippets(db: DB, terms: SearchTerms, articleIds: number[]): Promise<Map<number, MarkedSnippets>> {
  const result = new Map<number, MarkedSnippets>();
  if (articleIds.length === 0) return result;
  if (engineOfDb(db) === 'sqlite') {
    // highlight() and snippet() need the MATCH of the same statement. Columns: 1 standfirst, 3 body.
    const rows = await sql<{ id: number; standfirst: string | null; body: string | null }>`
      select rowid as id,
        highlight(article_search, 1, ${MARK_START}, ${MARK_END}) as standfirst,
        snippet(article_search, 3, ${MARK_START}, ${MARK_END}, '…', 28) as body
      from article_search
      where article_search match ${fts5Query(terms)} and rowid in (${sql.join(articleIds)})`.execute(db);
    for (const r of rows.rows) result.set(Number(r.id), { standfirst: r.standfirst ?? '', body: r.body ?? '' });
    return result;
  }
  const marks = `StartSel="${MARK_START}", StopSel="${MARK_END}"`;
  const rows = await sql<{ id: number; standfirst: string; body: string; body_text: string }>`
    select article_id as id,
      ts_headline('english', standfirst, q.query, ${`${marks}, HighlightAll=true`}) as standfirst,
      ts_headline('english', body, q.query, ${`${marks}, MaxFragments=1, MaxWords=28, MinWords=12, ShortWord=2`}) as body,
      body as body_text
    from article_search, (select ${tsQuery(terms)} as query) q
    where article_id in (${sql.join(articleIds)})`.execute(db);
  for (const r of rows.rows) {
    result.set(Number(r.id), { standfirst: r.standfirst, body: withEllipses(r.body, r.body_text) });
  }
  return result;
}

/** `"harbour" "bridge"*`: each word a quoted string (never an operator), all required. */
function fts5Query({ words, prefixLast }: SearchTerms): string {
  return words.map((w, i) => `"${w.replaceAll('"', '""')}"${prefixLast && i === words.length - 1 ? '*' : ''}`).join(' ');
}

/** plainto_tsquery for whole words (no operators at all), to_tsquery only for one quoted prefix lexeme. */
function tsQuery({ words, prefixLast }: SearchTerms): RawBuilder<unknown> {
  const whole = prefixLast ? words.slice(0, -1) : words;
  const parts: RawBuilder<unknown>[] = [];
  if (whole.length > 0) parts.push(sql`plainto_tsquery('english', ${whole.join(' ')})`);
  if (prefixLast) {
    const last = words[words.length - 1]!.replaceAll('\\', '\\\\').replaceAll("'", "''");
    parts.push(sql`to_tsquery('english', ${`'${last}':*`})`);
  }
  return sql`(${sql.join(parts, sql` && `)})`;
}

/** ts_headline cuts fragments silently; say so with ellipses, as FTS5's snippet() does. */
function withEllipses(fragment: string, whole: string): string {
  const plain = fragment.replaceAll(MARK_START, '').replaceAll(MARK_END, '').trim();
  if (plain === '') return fragment;
  const at = whole.indexOf(plain);
  // ts_headline leaves out punctuation after the last word it keeps.
  const end = whole.replace(/[\s\p{P}]+$/u, '').length;
  const cutBefore = at === -1 ? !whole.trimStart().startsWith(plain.slice(0, 40)) : whole.slice(0, at).trim() !== '';
  const cutAfter = at === -1 ? true : at + plain.length < end;
  return `${cutBefore ? '…' : ''}${fragment.trim()}${cutAfter ? '…' : ''}`;
}
