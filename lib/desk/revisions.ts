import { toIso, nowIso } from '../content/time.ts';
import type { DB } from '../db/connection.ts';
import type { RevisionKind } from '../db/schema.ts';
import { notFound } from './errors.ts';
import { articleFieldsSchema, type ArticleFields } from './fields.ts';
import type { Actor } from './workflow.ts';

/**
 * Every save keeps a revision (a snapshot of the editable fields). Autosaves by the same person
 * within a few minutes update their last autosave instead of piling up one per keystroke pause.
 */
const AUTOSAVE_COALESCE_MS = 5 * 60_000;

export interface RevisionSummary {
  id: number;
  version: number;
  kind: RevisionKind;
  createdAt: string;
  createdByName: string;
}

export interface Revision extends RevisionSummary {
  articleId: number;
  fields: ArticleFields;
}

export async function recordRevision(db: DB, articleId: number, version: number, fields: ArticleFields, kind: RevisionKind, actor: Actor) {
  const now = nowIso();
  const snapshot = JSON.stringify(fields);
  if (kind === 'autosave') {
    const last = await db
      .selectFrom('article_revisions')
      .select(['id', 'kind', 'created_by', 'created_at'])
      .where('article_id', '=', articleId)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (last && last.kind === 'autosave' && last.created_by === actor.id && Date.parse(toIso(last.created_at)) > Date.now() - AUTOSAVE_COALESCE_MS) {
      await db.updateTable('article_revisions').set({ version, snapshot }).where('id', '=', last.id).execute();
      return;
    }
  }
  await db
    .insertInto('article_revisions')
    .values({ article_id: articleId, version, kind, snapshot, created_by: actor.id, created_by_name: actor.name, created_at: now })
    .execute();
}

export async function listRevisions(db: DB, articleId: number): Promise<RevisionSummary[]> {
  const rows = await db
    .selectFrom('article_revisions')
    .select(['id', 'version', 'kind', 'created_at', 'created_by_name'])
    .where('article_id', '=', articleId)
    .orderBy('id', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => ({ id: r.id, version: r.version, kind: r.kind, createdAt: toIso(r.created_at), createdByName: r.created_by_name }));
}

export async function getRevision(db: DB, articleId: number, revisionId: number): Promise<Revision> {
  const row = await db
    .selectFrom('article_revisions')
    .selectAll()
    .where('article_id', '=', articleId)
    .where('id', '=', revisionId)
    .executeTakeFirst();
  if (!row) throw notFound('revision');
  return {
    id: row.id,
    articleId: row.article_id,
    version: row.version,
    kind: row.kind,
    createdAt: toIso(row.created_at),
    createdByName: row.created_by_name,
    // Parsed with today's schema: defaults fill fields that older snapshots did not have.
    fields: articleFieldsSchema.parse(JSON.parse(row.snapshot)),
  };
}
