import type { DB } from '../db/connection.ts';
import type { Visibility } from '../db/schema.ts';
import { clearSearchIndex, deleteSearchEntries, writeSearchEntries, type SearchDocument } from '../db/search-adapter.ts';
import { bodyText, parseBody } from './blocks.ts';
import { foldDiacritics } from './search-query.ts';

/**
 * Keeps the site-search index in step with articles. Called explicitly by every write path
 * (lib/desk/save.ts, lib/desk/workflow-service.ts, the seed, migration 004) rather than by
 * database triggers: the body is JSON blocks whose text only bodyText() knows, and tags live in a
 * join table. Every article is indexed whatever its status; searches filter with isPublic(now), so
 * scheduling, publishing and unpublishing need no reindex to be correct.
 *
 * Members-only articles are indexed WITHOUT their body. Search results are one cached page for
 * everyone, so the only safe body to match or quote is one anonymous readers may read: a phrase
 * from a members-only body cannot find its article, and its snippet can only come from the
 * headline and standfirst. (Indexing that body into a separate, excluded column would only matter
 * for a members' search, which the site does not have.) Changing visibility is a save, which reindexes.
 */

const BATCH = 500;

/** Reindexes one article (or removes its entry if it no longer exists). */
export async function reindexArticle(db: DB, id: number): Promise<void> {
  await reindexArticles(db, [id]);
}

export async function reindexArticles(db: DB, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  const [rows, tags] = await Promise.all([
    db.selectFrom('articles').select(['id', 'version', 'headline', 'standfirst', 'body', 'visibility']).where('id', 'in', ids).execute(),
    db
      .selectFrom('article_tags as at')
      .innerJoin('tags as t', 't.id', 'at.tag_id')
      .select(['at.article_id', 't.name'])
      .where('at.article_id', 'in', ids)
      .orderBy('t.name')
      .execute(),
  ]);
  const gone = ids.filter((id) => !rows.some((r) => r.id === id));
  await deleteSearchEntries(db, gone);
  await writeSearchEntries(
    db,
    rows.map((row) => searchDocument(row, tags.filter((t) => t.article_id === row.id).map((t) => t.name))),
  );
}

/** Rebuilds the whole index (seed, migration), a batch of articles at a time. */
export async function reindexAllArticles(db: DB): Promise<void> {
  await clearSearchIndex(db);
  for (let after = 0; ; ) {
    const batch = await db.selectFrom('articles').select('id').where('id', '>', after).orderBy('id').limit(BATCH).execute();
    if (batch.length === 0) return;
    await reindexArticles(db, batch.map((r) => r.id));
    after = batch[batch.length - 1]!.id;
  }
}

interface ArticleText {
  id: number;
  version: number;
  headline: string;
  standfirst: string | null;
  body: string;
  visibility: Visibility;
}

export function searchDocument(row: ArticleText, tagNames: string[]): SearchDocument {
  const texts = {
    headline: clean(row.headline),
    standfirst: clean(row.standfirst ?? ''),
    tags: clean(tagNames.join(', ')),
    body: row.visibility === 'members' ? '' : clean(plainBody(row.body)),
  };
  return {
    articleId: row.id,
    version: row.version,
    ...texts,
    folded: {
      headline: foldDiacritics(texts.headline),
      standfirst: foldDiacritics(texts.standfirst),
      tags: foldDiacritics(texts.tags),
      body: foldDiacritics(texts.body),
    },
  };
}

/** A body that does not parse (only possible in old rows) is left out of the index rather than failing the save. */
function plainBody(json: string): string {
  try {
    return bodyText(parseBody(json));
  } catch {
    return '';
  }
}

/** Control characters out: the snippet markers are control characters, and nothing else needs them. */
function clean(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ');
}
