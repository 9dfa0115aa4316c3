import { tagsForEdit } from '../cache-tags.ts';
import { reindexArticle } from '../content/search-index.ts';
import { nowIso } from '../content/time.ts';
import type { DB } from '../db/connection.ts';
import { loadDeskArticle, loadFootprint } from './article-rows.ts';
import { conflict, forbidden, invalid, notFound } from './errors.ts';
import { publishProblems } from './fields.ts';
import { getRevision, recordRevision } from './revisions.ts';
import { saveArticle, mustLoad, type SaveResult } from './save.ts';
import { refusal, targetOf, type Actor, type WorkflowAction } from './workflow.ts';

/** Applies workflow actions and restores, with the same versioning and revalidation as saves. */

export interface TransitionOptions {
  actor: Actor;
  expectedVersion?: number;
  /** For 'schedule': when the article goes live (ISO, UTC). For 'publish': a past date to show (wire copy). */
  publishAt?: string;
  now?: string;
}

export async function transitionArticle(db: DB, id: number, action: WorkflowAction, options: TransitionOptions): Promise<SaveResult> {
  const now = options.now ?? nowIso();
  const { before, after } = await db.transaction().execute(async (trx) => {
    const article = await loadDeskArticle(trx, id);
    if (!article) throw notFound();
    const reason = refusal(options.actor, action, { status: article.status, createdBy: article.createdBy });
    if (reason) throw forbidden(reason);
    if (options.expectedVersion !== undefined && options.expectedVersion !== article.version) {
      throw conflict(`This article changed (now version ${article.version}) since you opened it. Reload before you ${action} it.`);
    }
    const target = targetOf(action);
    if (target === 'scheduled' || target === 'published') {
      const problem = publishProblems(article.fields)[0];
      if (problem) throw invalid(problem.field, problem.message);
    }
    let publishedAt = article.publishedAt;
    if (action === 'schedule') {
      const when = options.publishAt ? Date.parse(options.publishAt) : NaN;
      if (Number.isNaN(when)) throw invalid('publishAt', 'choose a date and time to publish');
      if (when <= Date.parse(now)) throw invalid('publishAt', 'choose a time in the future, or publish now');
      publishedAt = new Date(when).toISOString();
    } else if (action === 'publish') {
      // Republishing keeps the original date; a first or early publication is dated now.
      const keepDate = article.status === 'unpublished' && publishedAt != null && publishedAt <= now;
      const given = options.publishAt ? Date.parse(options.publishAt) : NaN;
      if (!Number.isNaN(given) && given > Date.parse(now)) throw invalid('publishAt', 'a publication time in the future means scheduling');
      publishedAt = !Number.isNaN(given) ? new Date(given).toISOString() : keepDate ? publishedAt : now;
    } else if (action === 'unschedule') {
      publishedAt = null;
    }
    const before = await loadFootprint(trx, id);
    const version = article.version + 1;
    await trx
      .updateTable('articles')
      .set({ status: target, published_at: publishedAt, version, updated_at: now, updated_by: options.actor.id })
      .where('id', '=', id)
      .where('version', '=', article.version)
      .execute();
    await recordRevision(trx, id, version, article.fields, 'workflow', options.actor);
    return { before, after: await loadFootprint(trx, id) };
  });
  await reindexArticle(db, id);
  return { article: await mustLoad(db, id), revalidate: tagsForEdit(before, after) };
}

/** Puts an earlier revision's fields back as a new save (so the restore itself can be undone). */
export async function restoreRevision(db: DB, id: number, revisionId: number, options: { actor: Actor; expectedVersion: number }): Promise<SaveResult> {
  const revision = await getRevision(db, id, revisionId);
  return saveArticle(db, id, revision.fields, { ...options, kind: 'restore' });
}

const SCHEDULER: Actor = { id: null, name: 'Scheduler', role: 'admin' };

/** Publishes every scheduled article whose time has come. Run by the background tick. */
export async function publishDueArticles(db: DB, now = nowIso()): Promise<{ published: number[]; revalidate: string[] }> {
  const due = await db
    .selectFrom('articles')
    .select(['id', 'version', 'published_at'])
    .where('status', '=', 'scheduled')
    .where('published_at', '<=', now)
    .orderBy('published_at')
    .limit(100)
    .execute();
  const published: number[] = [];
  const tags = new Set<string>();
  for (const row of due) {
    const before = await loadFootprint(db, row.id);
    const result = await db
      .updateTable('articles')
      .set({ status: 'published', version: row.version + 1, updated_at: now })
      .where('id', '=', row.id)
      .where('status', '=', 'scheduled')
      .where('version', '=', row.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) continue; // changed meanwhile: the next tick looks again
    const article = await loadDeskArticle(db, row.id);
    if (article) await recordRevision(db, row.id, row.version + 1, article.fields, 'workflow', SCHEDULER);
    await reindexArticle(db, row.id);
    published.push(row.id);
    for (const tag of tagsForEdit(before, await loadFootprint(db, row.id))) tags.add(tag);
  }
  return { published, revalidate: [...tags] };
}
