import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { reindexAllArticles } from '../../content/search-index.ts';
import type { Engine } from '../engine.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Site search: one `article_search` entry per article, written by lib/content/search-index.ts and
 * read by lib/db/search-adapter.ts.
 * - SQLite: an FTS5 table storing its own copy of the text (snippet() and highlight() need it, and
 *   the body's text is not a column of `articles`), with the article id as rowid. Porter stemming
 *   over unicode61 with accents removed.
 * - PostgreSQL: the standfirst and body text (for ts_headline) and a weighted `search_vector`
 *   ('english': headline A, standfirst B, tags B, body C) under a GIN index, in a side table so
 *   the articles rows stay narrow; it is deleted with its article.
 * Each entry keeps the article version it was built from, so that of two reindexes racing
 * (saves that overlap) the newer version's text is the one that stays.
 * The existing articles are indexed here, so search works straight after upgrading.
 */
export function siteSearch(engine: Engine): Migration {
  return {
    async up(db: Kysely<any>) {
      if (engine === 'sqlite') {
        await sql`create virtual table article_search using fts5(
          headline, standfirst, tags, body, version unindexed,
          tokenize = 'porter unicode61 remove_diacritics 2')`.execute(db);
      } else {
        await sql`create table article_search (
          article_id integer primary key references articles (id) on delete cascade,
          version integer not null,
          standfirst text not null default '',
          body text not null default '',
          search_vector tsvector not null)`.execute(db);
        await sql`create index article_search_vector on article_search using gin (search_vector)`.execute(db);
      }
      await reindexAllArticles(db);
    },
    async down(db: Kysely<any>) {
      await sql`drop table article_search`.execute(db);
    },
  };
}
