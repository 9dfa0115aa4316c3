import { CommentError } from '../comments/errors.ts';
import { config } from '../config.ts';
import { nowIso } from '../content/time.ts';
import type { DB } from '../db/connection.ts';
import type { ArticleStatus } from '../db/schema.ts';
import { loadDeskArticle } from '../desk/article-rows.ts';
import { invalid, notFound } from '../desk/errors.ts';
import { publishProblems, type ArticleFieldsInput } from '../desk/fields.ts';
import { createArticle, parseFields, saveArticle, type SaveResult } from '../desk/save.ts';
import { transitionArticle } from '../desk/workflow-service.ts';
import type { Actor, WorkflowAction } from '../desk/workflow.ts';
import type { MediaStorage } from '../media/storage.ts';
import { saveUpload, type UploadLimits } from '../media/uploads.ts';
import type { ApiTokenInfo } from '../tokens/api-tokens.ts';
import { toIngestOutput, type IngestArticle } from './output.ts';
import { downloadImage, privateUrlsAllowed } from './remote-image.ts';
import { parseIngestInput, type HeroImageInput, type IngestInput, type IngestStatus } from './schema.ts';

/**
 * The ingest path shared by the API (app/api/v1/articles) and `npm run import`: validate, upsert by
 * externalId (or update a named article), store the hero image, save through the desk's services
 * (revision kind 'ingest'), then move the workflow to the requested status.
 *
 * Status rules (applied after the fields are saved; refusals happen before anything is written):
 * - absent: a new article is a draft; an existing one keeps its state.
 * - published, publishedAt absent or not in the future: published (dated publishedAt, or now; an
 *   unpublished article keeps its first date). Already published: stays as it is (the date is not changed).
 * - published, publishedAt in the future: scheduled for that time (re-sent: rescheduled). An article
 *   that is already published is refused (409): unpublish it first.
 * - unpublished: a published article is unpublished, a scheduled one unscheduled (back to draft);
 *   drafts, articles in review and unpublished ones stay as they are.
 * - draft: a scheduled article is unscheduled; a published one is refused (409: send "unpublished",
 *   which takes it down and answers 410 at its URL); others stay as they are.
 * Saving and the status change are two steps: if the status change fails (e.g. missing authors are
 * caught up front, a concurrent editor is not), the fields stay saved and the error is reported.
 */

export interface IngestOptions {
  actor: Actor;
  /** PUT /api/v1/articles/{id}: update this article (404 when there is none). */
  articleId?: number;
  /** Where downloaded hero images go; required only for `heroImage.url`. */
  storage?: MediaStorage;
  /** Defaults to the configured media limit (MEDIA_MAX_BYTES). */
  limits?: UploadLimits;
  now?: string;
}

export interface IngestResult {
  article: IngestArticle;
  created: boolean;
  /** Cache tags to revalidate (route handlers do; the CLI cannot). */
  revalidate: string[];
}

/** The workflow actor for a request authenticated with an API token. */
export function tokenActor(token: Pick<ApiTokenInfo, 'name'>): Actor {
  return { id: null, name: `API: ${token.name}`, role: 'editor' };
}

export const IMPORT_ACTOR: Actor = { id: null, name: 'Import', role: 'editor' };

export async function ingestArticle(db: DB, raw: unknown, options: IngestOptions): Promise<IngestResult> {
  const input = parseIngestInput(raw);
  const now = options.now ?? nowIso();
  const baseFields = withoutHero(input);

  // Which article, and is the requested status possible from its current one? Refuse before writing.
  let target: Awaited<ReturnType<typeof findArticle>> = null;
  if (options.articleId !== undefined) {
    target = await findArticle(db, 'id', options.articleId);
    if (!target) throw notFound();
    if (input.externalId !== null && input.externalId !== target.externalId) {
      const other = await findArticle(db, 'external_id', input.externalId);
      if (other) throw externalIdTaken(input.externalId, other.id);
      if (target.externalId !== null) {
        throw invalid('externalId', `this article's externalId is "${target.externalId}" and cannot be changed (leave it out, or send the same value)`);
      }
    }
  } else if (input.externalId !== null) {
    target = await findArticle(db, 'external_id', input.externalId);
  }
  const plannedAction = planStatus(input, target?.status ?? 'draft', target?.publishedAt ?? null, now);
  if (plannedAction?.action === 'publish' || plannedAction?.action === 'schedule') {
    const problem = publishProblems(parseFields(baseFields))[0];
    if (problem) throw invalid(problem.field, problem.message);
  }

  const fields: ArticleFieldsInput = { ...baseFields, hero: await resolveHero(db, input, options) };
  if (target && options.articleId !== undefined && input.externalId !== null && target.externalId === null) {
    await attachExternalId(db, target.id, input.externalId);
  }

  // Save: create, or update; a create that loses a race for the externalId becomes an update.
  let saved: SaveResult;
  let created = false;
  if (target) {
    saved = await saveWithRetry(db, target, fields, options.actor);
  } else {
    try {
      saved = await mapHeroErrors(createArticle(db, fields, { actor: options.actor, externalId: input.externalId, kind: 'ingest' }));
      created = true;
    } catch (error) {
      const winner = input.externalId === null ? null : await findArticle(db, 'external_id', input.externalId);
      if (!winner) throw error;
      planStatus(input, winner.status, winner.publishedAt, now);
      saved = await saveWithRetry(db, winner, fields, options.actor);
    }
  }
  const id = saved.article.id;
  const tags = new Set(saved.revalidate);

  // The workflow step, against the article as it is now (a concurrent request may have moved it).
  for (let attempt = 0; ; attempt++) {
    const current = await loadDeskArticle(db, id);
    if (!current) throw notFound();
    const plan = planStatus(input, current.status, current.publishedAt, now);
    if (!plan) break;
    try {
      const result = await transitionArticle(db, id, plan.action, { actor: options.actor, publishAt: plan.publishAt, now });
      for (const tag of result.revalidate) tags.add(tag);
      break;
    } catch (error) {
      const raced = error instanceof CommentError && (error.code === 'forbidden' || error.code === 'version_conflict');
      if (!raced || attempt >= 2) throw error;
    }
  }

  const article = await loadDeskArticle(db, id);
  if (!article) throw notFound();
  return { article: toIngestOutput(article), created, revalidate: [...tags] };
}

/** GET /api/v1/articles/{id}. */
export async function getIngestArticle(db: DB, id: number): Promise<IngestArticle> {
  const article = await loadDeskArticle(db, id);
  if (!article) throw notFound();
  return toIngestOutput(article);
}

type Plan = { action: WorkflowAction; publishAt?: string } | null;

/** The workflow action that brings an article in `current` to the requested status, or null; throws 409 when the request cannot be honoured. */
export function planStatus(
  input: { status?: IngestStatus; publishedAt?: string },
  current: ArticleStatus,
  currentPublishedAt: string | null,
  now: string,
): Plan {
  switch (input.status) {
    case undefined:
      return null;
    case 'published': {
      const when = input.publishedAt ? new Date(input.publishedAt).toISOString() : undefined;
      if (when && Date.parse(when) > Date.parse(now)) {
        if (current === 'published') {
          throw statusConflict('This article is already published: a future publishedAt would take it down. Send status "unpublished" first, then schedule it.');
        }
        if (current === 'scheduled' && currentPublishedAt && Date.parse(currentPublishedAt) === Date.parse(when)) return null;
        return { action: 'schedule', publishAt: when };
      }
      if (current === 'published') return null;
      return when ? { action: 'publish', publishAt: when } : { action: 'publish' };
    }
    case 'unpublished':
      if (current === 'published') return { action: 'unpublish' };
      if (current === 'scheduled') return { action: 'unschedule' };
      return null;
    case 'draft':
      if (current === 'published') {
        throw statusConflict('This article is published and cannot go back to draft. Send status "unpublished" to take it down.');
      }
      if (current === 'scheduled') return { action: 'unschedule' };
      return null;
  }
}

function statusConflict(message: string) {
  return new CommentError('version_conflict', `status: ${message}`, { field: 'status' });
}

function externalIdTaken(externalId: string, otherId: number) {
  return new CommentError('duplicate', `externalId: article ${otherId} already has the externalId "${externalId}"`, { field: 'externalId' });
}

function withoutHero(input: IngestInput): ArticleFieldsInput {
  return {
    headline: input.headline,
    kicker: input.kicker,
    standfirst: input.standfirst,
    slug: input.slug,
    section: input.section,
    tags: input.tags,
    authors: input.authors,
    body: input.body,
    hero: null,
    visibility: input.visibility,
    commentsMode: input.commentsMode,
    seoTitle: input.seoTitle,
    seoDescription: input.seoDescription,
  };
}

async function findArticle(db: DB, column: 'id' | 'external_id', value: number | string) {
  const query = db.selectFrom('articles').select(['id', 'slug', 'status', 'published_at', 'external_id']);
  const row = await (column === 'id' ? query.where('id', '=', value as number) : query.where('external_id', '=', value as string)).executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    slug: row.slug,
    status: row.status,
    publishedAt: row.published_at == null ? null : new Date(row.published_at).toISOString(),
    externalId: row.external_id,
  };
}

/** The hero as the desk stores it: an existing upload, or the URL's image stored through saveUpload. */
async function resolveHero(db: DB, input: IngestInput, options: IngestOptions): Promise<ArticleFieldsInput['hero']> {
  const hero = input.heroImage;
  if (!hero) return null;
  const meta = { alt: hero.alt, caption: hero.caption, credit: hero.credit };
  if (hero.uploadId !== undefined) {
    const media = await db.selectFrom('media').select('id').where('id', '=', hero.uploadId).executeTakeFirst();
    if (!media) throw invalid('heroImage.uploadId', `there is no uploaded image ${hero.uploadId}`);
    return { mediaId: media.id, ...meta };
  }
  // Nothing is downloaded for an article whose section or authors are wrong anyway.
  await checkRefs(db, input);
  return { mediaId: await storeRemoteImage(db, hero, options), ...meta };
}

async function checkRefs(db: DB, input: IngestInput) {
  const section = await db.selectFrom('sections').select('id').where('slug', '=', input.section).executeTakeFirst();
  if (!section) throw invalid('section', `there is no section "${input.section}"`);
  if (input.authors.length) {
    const found = await db.selectFrom('authors').select('slug').where('slug', 'in', input.authors).execute();
    const missing = input.authors.find((slug) => !found.some((a) => a.slug === slug));
    if (missing) throw invalid('authors', `there is no author "${missing}"`);
  }
}

async function storeRemoteImage(db: DB, hero: HeroImageInput, options: IngestOptions): Promise<number> {
  if (!options.storage) throw new Error('ingestArticle: heroImage.url needs options.storage');
  const limits = options.limits ?? { maxBytes: config().media.maxBytes };
  const bytes = await downloadImage(hero.url!, { maxBytes: limits.maxBytes, allowPrivate: privateUrlsAllowed() });
  try {
    // uploaded_by is a person's id; API tokens and the CLI have none (the column is nullable).
    const media = await saveUpload(db, options.storage, { bytes, alt: hero.alt, credit: hero.credit, userId: null }, limits);
    return media.id;
  } catch (error) {
    if (!(error instanceof CommentError)) throw error;
    const field = error.options.field === 'alt' ? 'heroImage.alt' : error.options.field === 'credit' ? 'heroImage.credit' : 'heroImage.url';
    throw new CommentError('validation_failed', `${field}: ${error.message}`, { field });
  }
}

/**
 * A last-writer-wins save; a concurrent save between its read and write is retried, not reported.
 * An update without a slug keeps the article's slug (a corrected headline does not move the page).
 */
async function saveWithRetry(db: DB, article: { id: number; slug: string }, fields: ArticleFieldsInput, actor: Actor): Promise<SaveResult> {
  const input = fields.slug ? fields : { ...fields, slug: article.slug };
  for (let attempt = 0; ; attempt++) {
    try {
      return await mapHeroErrors(saveArticle(db, article.id, input, { actor, expectedVersion: 'any', kind: 'ingest' }));
    } catch (error) {
      if (!(error instanceof CommentError && error.code === 'version_conflict') || attempt >= 4) throw error;
    }
  }
}

/** The desk names the hero `hero`; the API calls it `heroImage`. */
async function mapHeroErrors<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    const field = error instanceof CommentError ? error.options.field : undefined;
    if (!(error instanceof CommentError) || !field?.startsWith('hero')) throw error;
    const renamed = field === 'hero.mediaId' ? 'heroImage.uploadId' : field.replace(/^hero\b/, 'heroImage');
    const message = error.message.startsWith(`${field}:`) ? `${renamed}:${error.message.slice(field.length + 1)}` : error.message;
    throw new CommentError(error.code, message, { ...error.options, field: renamed });
  }
}

/**
 * Gives an article that had no externalId the one a PUT names. The desk's save service does not write
 * this column (it is the ingest path's own key), hence this one direct update, guarded so it never
 * overwrites an existing id; the unique index settles races (409).
 */
async function attachExternalId(db: DB, id: number, externalId: string) {
  try {
    await db.updateTable('articles').set({ external_id: externalId }).where('id', '=', id).where('external_id', 'is', null).execute();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const other = await findArticle(db, 'external_id', externalId);
    throw externalIdTaken(externalId, other?.id ?? 0);
  }
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
