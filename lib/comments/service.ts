import { capabilities } from '../desk/roles.ts';
import { sql } from 'kysely';
import type { CommentSettings } from '../config.ts';
import type { DB } from '../db/connection.ts';
import type { CommentStatus } from '../db/schema.ts';
import { toIso } from '../content/time.ts';
import type { CommentDto, CommentListResponse, ListQuery } from './contract.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { CommentError } from './errors.ts';
import { normaliseCommentBody, screenCommentBody } from './text.ts';

/** Who is asking. Null for anonymous readers. */
export interface Viewer {
  id: string;
  name: string;
  emailVerified: boolean;
  role: string;
  commentsBanned: boolean;
}

export const REPLIES_PREVIEW = 3;
const DUPLICATE_WINDOW_MS = 24 * 3_600_000;
/** Moderators (editors and admins) see and act on every comment. */
const isStaff = (viewer: Viewer) => capabilities.moderate(viewer.role);

type Row = {
  id: number;
  article_id: number;
  parent_id: number | null;
  user_id: string | null;
  author_name: string;
  body: string;
  status: CommentStatus;
  recommend_count: number;
  created_at: Date | string;
  edited_at: Date | string | null;
};

const COLUMNS = [
  'c.id',
  'c.article_id',
  'c.parent_id',
  'c.user_id',
  'c.author_name',
  'c.body',
  'c.status',
  'c.recommend_count',
  'c.created_at',
  'c.edited_at',
] as const;

/** An article readers can see, with its comments mode; throws not_found otherwise. */
async function publicArticle(db: DB, articleId: number, now: string) {
  const article = await db
    .selectFrom('articles')
    .select(['id', 'comments_mode'])
    .where('id', '=', articleId)
    .where('status', '=', 'published')
    .where('published_at', '<=', now)
    .executeTakeFirst();
  if (!article) throw new CommentError('not_found', 'There is no such article.');
  return article;
}

/** Comments a viewer may see: approved, tombstones, and their own comments awaiting review. */
function visibleTo(viewer: Viewer | null) {
  return viewer
    ? sql<boolean>`(c.status in ('approved', 'deleted') or (c.status = 'pending' and c.user_id = ${viewer.id}))`
    : sql<boolean>`c.status in ('approved', 'deleted')`;
}

export async function listComments(
  db: DB,
  articleId: number,
  query: ListQuery,
  viewer: Viewer | null,
  settings: Pick<CommentSettings, 'pageSize'>,
  now = new Date().toISOString(),
): Promise<CommentListResponse> {
  await publicArticle(db, articleId, now);
  const limit = query.limit ?? settings.pageSize;
  // Only ids here: the thread indexes cover them, so sorting a thread of thousands never reads a
  // comment body; the page's full rows are read by id afterwards (rowsInOrder).
  let q = db.selectFrom('comments as c').select('c.id').where('c.article_id', '=', articleId).where(visibleTo(viewer));

  if (query.parentId) {
    const parent = await db.selectFrom('comments').select('id').where('id', '=', query.parentId).where('article_id', '=', articleId).executeTakeFirst();
    if (!parent) throw new CommentError('not_found', 'There is no such comment on this article.');
    q = q.where('c.parent_id', '=', query.parentId);
  } else {
    q = q.where('c.parent_id', 'is', null);
  }

  let rows: Row[];
  let nextCursor: string | null = null;
  if (query.since) {
    const ids = await q.where('c.created_at', '>', new Date(query.since).toISOString()).orderBy('c.created_at', 'desc').orderBy('c.id', 'desc').limit(100).execute();
    rows = await rowsInOrder(db, ids.map((r) => r.id));
  } else {
    // Replies read oldest first, as a conversation; the top level follows the chosen sort.
    const sort = query.parentId ? 'oldest' : query.sort;
    if (query.cursor) {
      const cursor = decodeCursor(query.cursor, sort);
      if (sort === 'top') {
        const count = Number(cursor.value);
        q = q.where((eb) => eb.or([eb('c.recommend_count', '<', count), eb.and([eb('c.recommend_count', '=', count), eb('c.id', '<', cursor.id)])]));
      } else {
        const at = String(cursor.value);
        const op = sort === 'newest' ? '<' : '>';
        q = q.where((eb) => eb.or([eb('c.created_at', op, at), eb.and([eb('c.created_at', '=', at), eb('c.id', op, cursor.id)])]));
      }
    }
    q =
      sort === 'top'
        ? q.orderBy('c.recommend_count', 'desc').orderBy('c.id', 'desc')
        : q.orderBy('c.created_at', sort === 'newest' ? 'desc' : 'asc').orderBy('c.id', sort === 'newest' ? 'desc' : 'asc');
    const fetched = await rowsInOrder(db, (await q.limit(limit + 1).execute()).map((r) => r.id));
    rows = fetched.slice(0, limit);
    const last = rows.at(-1);
    if (fetched.length > limit && last) {
      nextCursor = encodeCursor({ value: sort === 'top' ? last.recommend_count : toIso(last.created_at), id: last.id });
    }
  }

  const replies = query.parentId ? [] : await previewReplies(db, rows.map((r) => r.id), viewer);
  const allIds = [...rows.map((r) => r.id), ...replies.map((r) => r.id)];
  const [replyCounts, recommended, total] = await Promise.all([
    countReplies(db, allIds, viewer),
    recommendedBy(db, allIds, viewer),
    countApproved(db, articleId),
  ]);
  const toDto = (row: Row, children: CommentDto[] = []) =>
    dto(row, { replyCount: replyCounts.get(row.id) ?? 0, recommendedByMe: recommended.has(row.id), replies: children });

  return {
    comments: rows.map((row) => toDto(row, replies.filter((r) => r.parent_id === row.id).map((r) => toDto(r)))),
    nextCursor,
    total,
  };
}

/** Full rows for these comment ids, in the order given. */
async function rowsInOrder(db: DB, ids: number[]): Promise<Row[]> {
  if (ids.length === 0) return [];
  const byId = new Map((await db.selectFrom('comments as c').select(COLUMNS).where('c.id', 'in', ids).execute()).map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The first few replies of each comment on a page, in one windowed query. */
async function previewReplies(db: DB, parentIds: number[], viewer: Viewer | null): Promise<Row[]> {
  if (parentIds.length === 0) return [];
  const ranked = db
    .selectFrom('comments as c')
    .select(COLUMNS)
    .select((eb) => eb.fn.agg<number>('row_number').over((ob) => ob.partitionBy('c.parent_id').orderBy('c.created_at').orderBy('c.id')).as('rank'))
    .where('c.parent_id', 'in', parentIds)
    .where(visibleTo(viewer));
  return db
    .selectFrom(ranked.as('r'))
    .selectAll()
    .where('r.rank', '<=', REPLIES_PREVIEW)
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
}

async function countReplies(db: DB, ids: number[], viewer: Viewer | null): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('comments as c')
    .select(['c.parent_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('c.parent_id', 'in', ids)
    .where(visibleTo(viewer))
    .groupBy('c.parent_id')
    .execute();
  return new Map(rows.map((r) => [r.parent_id as number, Number(r.n)]));
}

async function recommendedBy(db: DB, ids: number[], viewer: Viewer | null): Promise<Set<number>> {
  if (!viewer || ids.length === 0) return new Set();
  const rows = await db.selectFrom('comment_recommendations').select('comment_id').where('user_id', '=', viewer.id).where('comment_id', 'in', ids).execute();
  return new Set(rows.map((r) => r.comment_id));
}

export async function countApproved(db: DB, articleId: number): Promise<number> {
  const row = await db
    .selectFrom('comments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('article_id', '=', articleId)
    .where('status', '=', 'approved')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

function dto(row: Row, extra: { replyCount: number; recommendedByMe: boolean; replies: CommentDto[] }): CommentDto {
  const deleted = row.status === 'deleted';
  return {
    id: row.id,
    articleId: row.article_id,
    parentId: row.parent_id,
    authorName: deleted ? '' : row.author_name,
    authorId: deleted ? null : row.user_id,
    body: deleted ? '' : row.body,
    createdAt: toIso(row.created_at),
    editedAt: row.edited_at ? toIso(row.edited_at) : null,
    recommendCount: row.recommend_count,
    recommendedByMe: extra.recommendedByMe,
    replyCount: extra.replyCount,
    deleted,
    status: row.status === 'pending' ? 'pending' : 'approved',
    replies: extra.replies,
  };
}

async function getRow(db: DB, id: number): Promise<Row | undefined> {
  return db.selectFrom('comments as c').select(COLUMNS).where('c.id', '=', id).executeTakeFirst();
}

function requireParticipant(viewer: Viewer | null): Viewer {
  if (!viewer) throw new CommentError('unauthenticated', 'Sign in to take part.');
  if (viewer.commentsBanned) throw new CommentError('banned', 'Your account can no longer take part in comments.');
  return viewer;
}

export interface PostInput {
  articleId: number;
  body: string;
  parentId?: number | null;
  idempotencyKey?: string | null;
  ipHash?: string | null;
}

export interface PostResult {
  comment: CommentDto;
  /** True when this was a replay of an earlier request with the same idempotency key. */
  replayed: boolean;
}

export async function postComment(
  db: DB,
  input: PostInput,
  viewerOrNull: Viewer | null,
  settings: CommentSettings,
  now = new Date(),
): Promise<PostResult> {
  const viewer = requireParticipant(viewerOrNull);
  if (!viewer.emailVerified) throw new CommentError('email_unverified', 'Confirm your email address to comment.');
  const key = input.idempotencyKey?.trim() || null;
  if (key && key.length > 200) throw new CommentError('bad_request', 'Idempotency-Key is too long.');
  if (key) {
    const earlier = await findByKey(db, viewer.id, key);
    if (earlier) return { comment: earlier, replayed: true };
  }

  try {
    return await insertNew(db, input, viewer, key, settings, now);
  } catch (error) {
    // A concurrent request with the same key may have won the race (unique index, or our own
    // duplicate check seeing its row): the caller gets that first result, not an error.
    if (key) {
      const earlier = await findByKey(db, viewer.id, key);
      if (earlier) return { comment: earlier, replayed: true };
    }
    throw error;
  }
}

async function insertNew(db: DB, input: PostInput, viewer: Viewer, key: string | null, settings: CommentSettings, now: Date): Promise<PostResult> {
  const nowIso = now.toISOString();
  const article = await publicArticle(db, input.articleId, nowIso);
  const mode = article.comments_mode ?? settings.defaultMode;
  if (mode === 'closed') throw new CommentError('comments_closed', 'Comments are closed on this article.');
  if (input.parentId) {
    const parent = await getRow(db, input.parentId);
    if (!parent || parent.article_id !== input.articleId || parent.status !== 'approved') {
      throw new CommentError('not_found', 'The comment you are replying to is not available.', { field: 'parentId' });
    }
  }

  const body = normaliseCommentBody(input.body);
  const screening = screenCommentBody(body, settings);
  await enforceRateLimits(db, viewer, input.ipHash ?? null, settings, now);

  const duplicate = await db
    .selectFrom('comments')
    .select('id')
    .where('user_id', '=', viewer.id)
    .where('article_id', '=', input.articleId)
    .where('body', '=', body)
    .where('status', '!=', 'deleted')
    .where('created_at', '>', new Date(now.getTime() - DUPLICATE_WINDOW_MS).toISOString())
    .executeTakeFirst();
  if (duplicate) throw new CommentError('duplicate', 'You have already posted this comment.');

  const status = await initialStatus(db, viewer, mode, screening, settings);
  const { id } = await db
    .insertInto('comments')
    .values({
      article_id: input.articleId,
      parent_id: input.parentId ?? null,
      user_id: viewer.id,
      author_name: viewer.name,
      body,
      status,
      created_at: nowIso,
      updated_at: nowIso,
      idempotency_key: key,
      ip_hash: input.ipHash ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const row = await getRow(db, id);
  if (!row) throw new Error(`comment ${id} vanished after insert`);
  return { comment: dto(row, { replyCount: 0, recommendedByMe: false, replies: [] }), replayed: false };
}

async function findByKey(db: DB, userId: string, key: string): Promise<CommentDto | null> {
  const row = await db
    .selectFrom('comments as c')
    .select(COLUMNS)
    .where('c.user_id', '=', userId)
    .where('c.idempotency_key', '=', key)
    .executeTakeFirst();
  return row ? dto(row, { replyCount: 0, recommendedByMe: false, replies: [] }) : null;
}

async function initialStatus(
  db: DB,
  viewer: Viewer,
  mode: 'open' | 'premoderated' | 'closed',
  screening: 'clean' | 'suspect',
  settings: CommentSettings,
): Promise<CommentStatus> {
  if (isStaff(viewer)) return 'approved';
  if (mode === 'premoderated' || screening === 'suspect') return 'pending';
  if (settings.trustedAfter === 0) return 'approved';
  const approved = await db
    .selectFrom('comments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', viewer.id)
    .where('status', '=', 'approved')
    .executeTakeFirstOrThrow();
  // New commenters are held until enough of their comments have been approved.
  return Number(approved.n) >= settings.trustedAfter ? 'approved' : 'pending';
}

async function enforceRateLimits(db: DB, viewer: Viewer, ipHash: string | null, settings: CommentSettings, now: Date) {
  if (isStaff(viewer)) return;
  const windowStart = new Date(now.getTime() - 60_000).toISOString();
  const checks: { column: 'user_id' | 'ip_hash'; value: string; max: number }[] = [{ column: 'user_id', value: viewer.id, max: settings.ratePerMinute }];
  // Several readers can share an address (offices, phones on one mast): a looser limit per IP.
  if (ipHash) checks.push({ column: 'ip_hash', value: ipHash, max: settings.ratePerMinute * 3 });
  for (const check of checks) {
    const recent = await db
      .selectFrom('comments')
      .select('created_at')
      .where(check.column, '=', check.value)
      .where('created_at', '>', windowStart)
      .orderBy('created_at', 'desc')
      .limit(check.max)
      .execute();
    if (recent.length >= check.max) {
      const oldest = Date.parse(toIso(recent.at(-1)!.created_at));
      const retryAfterSeconds = Math.max(1, Math.ceil((oldest + 60_000 - now.getTime()) / 1000));
      throw new CommentError('rate_limited', `You are commenting too quickly. Try again in ${retryAfterSeconds} seconds.`, { retryAfterSeconds });
    }
  }
}

/** Loads a comment the viewer owns, for edit and delete. */
async function ownComment(db: DB, id: number, viewer: Viewer): Promise<Row> {
  const row = await getRow(db, id);
  if (!row || row.status === 'deleted' || row.status === 'rejected') throw new CommentError('not_found', 'There is no such comment.');
  if (row.user_id !== viewer.id) throw new CommentError('forbidden', 'You can only change your own comments.');
  return row;
}

export async function editComment(db: DB, id: number, rawBody: string, viewerOrNull: Viewer | null, settings: CommentSettings, now = new Date()) {
  const viewer = requireParticipant(viewerOrNull);
  const row = await ownComment(db, id, viewer);
  const windowEnds = Date.parse(toIso(row.created_at)) + settings.editWindowMinutes * 60_000;
  if (now.getTime() > windowEnds) {
    throw new CommentError('edit_window_closed', `Comments can be edited for ${settings.editWindowMinutes} minutes after posting.`);
  }
  const body = normaliseCommentBody(rawBody);
  const screening = screenCommentBody(body, settings);
  // An edit on a pre-moderated thread goes back for review, so approval cannot be used to slip in new words.
  const article = await db.selectFrom('articles').select('comments_mode').where('id', '=', row.article_id).executeTakeFirst();
  const premoderated = (article?.comments_mode ?? settings.defaultMode) === 'premoderated';
  const status: CommentStatus = !isStaff(viewer) && (screening === 'suspect' || premoderated) ? 'pending' : row.status;
  // Only if nobody moderated it meanwhile: an edit must not undo a rejection.
  const updated = await db
    .updateTable('comments')
    .set({ body, status, edited_at: now.toISOString(), updated_at: now.toISOString() })
    .where('id', '=', id)
    .where('status', '=', row.status)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) throw new CommentError('not_found', 'There is no such comment.');
  return { comment: await dtoById(db, id, viewer), articleId: row.article_id };
}

export async function deleteComment(db: DB, id: number, viewerOrNull: Viewer | null, now = new Date()) {
  if (!viewerOrNull) throw new CommentError('unauthenticated', 'Sign in to take part.');
  const row = await ownComment(db, id, viewerOrNull);
  // A tombstone: the row stays so replies keep their place; the words and name go.
  await db.updateTable('comments').set({ status: 'deleted', body: '', updated_at: now.toISOString() }).where('id', '=', id).execute();
  return { comment: await dtoById(db, id, viewerOrNull), articleId: row.article_id };
}

async function dtoById(db: DB, id: number, viewer: Viewer | null): Promise<CommentDto> {
  const row = await getRow(db, id);
  if (!row) throw new CommentError('not_found', 'There is no such comment.');
  const [counts, recommended] = await Promise.all([countReplies(db, [id], viewer), recommendedBy(db, [id], viewer)]);
  return dto(row, { replyCount: counts.get(id) ?? 0, recommendedByMe: recommended.has(id), replies: [] });
}

/** A comment others can act on (recommend, report): approved and on a public article. */
async function actionableComment(db: DB, id: number): Promise<Row> {
  const row = await getRow(db, id);
  if (!row || row.status !== 'approved') throw new CommentError('not_found', 'There is no such comment.');
  await publicArticle(db, row.article_id, new Date().toISOString());
  return row;
}

export async function toggleRecommend(db: DB, id: number, viewerOrNull: Viewer | null, now = new Date()) {
  const viewer = requireParticipant(viewerOrNull);
  const row = await actionableComment(db, id);
  if (row.user_id === viewer.id) throw new CommentError('forbidden', 'You cannot recommend your own comment.');
  return db.transaction().execute(async (trx) => {
    const removed = await trx.deleteFrom('comment_recommendations').where('comment_id', '=', id).where('user_id', '=', viewer.id).executeTakeFirst();
    let recommended = false;
    if (Number(removed.numDeletedRows) === 0) {
      const added = await trx
        .insertInto('comment_recommendations')
        .values({ comment_id: id, user_id: viewer.id, created_at: now.toISOString() })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      recommended = Number(added.numInsertedOrUpdatedRows ?? 0) > 0;
    }
    // Adjust rather than recount: counts may include recommendations imported without rows.
    const delta = recommended ? 1 : Number(removed.numDeletedRows) > 0 ? -1 : 0;
    const { recommend_count } = await trx
      .updateTable('comments')
      .set((eb) => ({ recommend_count: eb('recommend_count', '+', delta) }))
      .where('id', '=', id)
      .returning('recommend_count')
      .executeTakeFirstOrThrow();
    return { recommended, recommendCount: Math.max(0, recommend_count), articleId: row.article_id };
  });
}

export async function reportComment(db: DB, id: number, reason: string, viewerOrNull: Viewer | null, now = new Date()) {
  const viewer = requireParticipant(viewerOrNull);
  await actionableComment(db, id);
  await db
    .insertInto('comment_reports')
    .values({ comment_id: id, user_id: viewer.id, reason: normaliseCommentBody(reason).slice(0, 500), created_at: now.toISOString() })
    .onConflict((oc) => oc.doNothing())
    .execute();
  const { n } = await db
    .selectFrom('comment_reports')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('comment_id', '=', id)
    .executeTakeFirstOrThrow();
  await db.updateTable('comments').set({ report_count: Number(n) }).where('id', '=', id).execute();
  return { reported: true as const };
}
