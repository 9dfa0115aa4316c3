import { z } from 'zod';
import type { DB } from '../db/connection.ts';
import { dbBoolean } from '../db/engine.ts';
import { articleUrl } from '../content/teasers.ts';
import { toIso } from '../content/time.ts';

/** The editors' moderation queue and the actions on it. */

export const QUEUE_TABS = ['pending', 'reported', 'all'] as const;
export type QueueTab = (typeof QUEUE_TABS)[number];
export const QUEUE_PAGE_SIZE = 50;

export const MODERATION_ACTIONS = ['approve', 'reject', 'restore', 'ban', 'unban'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

export const moderationRequestSchema = z.object({
  action: z.enum(MODERATION_ACTIONS),
  commentIds: z.array(z.coerce.number().int().positive().max(2_147_483_647)).min(1).max(200),
});

export interface QueueFilter {
  tab: QueueTab;
  articleId?: number;
  authorId?: string;
  page?: number;
}

export interface QueueItem {
  id: number;
  body: string;
  status: string;
  reportCount: number;
  createdAt: string;
  authorName: string;
  authorId: string | null;
  authorEmail: string | null;
  authorBanned: boolean;
  articleId: number;
  articleHeadline: string;
  articleUrl: string;
  isReply: boolean;
}

export async function listQueue(db: DB, filter: QueueFilter): Promise<{ items: QueueItem[]; total: number; page: number; totalPages: number }> {
  const page = Math.max(1, filter.page ?? 1);
  let q = db
    .selectFrom('comments as c')
    .innerJoin('articles as a', 'a.id', 'c.article_id')
    .innerJoin('sections as s', 's.id', 'a.section_id')
    .leftJoin('user as u', 'u.id', 'c.user_id');
  if (filter.tab === 'pending') q = q.where('c.status', '=', 'pending');
  if (filter.tab === 'reported') q = q.where('c.report_count', '>', 0).where('c.status', 'in', ['approved', 'pending']);
  if (filter.articleId) q = q.where('c.article_id', '=', filter.articleId);
  if (filter.authorId) q = q.where('c.user_id', '=', filter.authorId);

  const [{ total }, rows] = await Promise.all([
    q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
    q
      .select([
        'c.id',
        'c.body',
        'c.status',
        'c.report_count',
        'c.created_at',
        'c.author_name',
        'c.user_id',
        'c.parent_id',
        'u.email',
        'u.commentsBanned',
        'a.id as article_id',
        'a.slug as article_slug',
        'a.headline',
        's.slug as section_slug',
      ])
      .orderBy(filter.tab === 'reported' ? 'c.report_count' : 'c.created_at', 'desc')
      .orderBy('c.id', 'desc')
      .limit(QUEUE_PAGE_SIZE)
      .offset((page - 1) * QUEUE_PAGE_SIZE)
      .execute(),
  ]);
  const count = Number(total);
  return {
    total: count,
    page,
    totalPages: Math.max(1, Math.ceil(count / QUEUE_PAGE_SIZE)),
    items: rows.map((r) => ({
      id: r.id,
      body: r.body,
      status: r.status,
      reportCount: r.report_count,
      createdAt: toIso(r.created_at),
      authorName: r.author_name,
      authorId: r.user_id,
      authorEmail: r.email ?? null,
      authorBanned: Boolean(r.commentsBanned),
      articleId: r.article_id,
      articleHeadline: r.headline,
      articleUrl: articleUrl(r.section_slug, r.article_slug),
      isReply: r.parent_id !== null,
    })),
  };
}

/**
 * Applies one action to many comments. Returns the articles whose public threads changed,
 * so the caller can revalidate exactly those.
 */
export async function moderate(db: DB, action: ModerationAction, commentIds: number[], now = new Date()): Promise<{ affected: number; articleIds: number[] }> {
  const ids = [...new Set(commentIds)];
  return db.transaction().execute(async (trx) => {
    const targets = await trx.selectFrom('comments').select(['id', 'article_id', 'user_id', 'status']).where('id', 'in', ids).execute();
    const articleIds = [...new Set(targets.map((t) => t.article_id))];
    const at = now.toISOString();
    if (action === 'ban' || action === 'unban') {
      const userIds = [...new Set(targets.flatMap((t) => (t.user_id ? [t.user_id] : [])))];
      if (userIds.length === 0) return { affected: 0, articleIds: [] };
      const banned = action === 'ban';
      await trx.updateTable('user').set({ commentsBanned: dbBoolean(trx, banned) }).where('id', 'in', userIds).execute();
      return { affected: userIds.length, articleIds: [] };
    }
    const from = action === 'approve' ? ['pending', 'approved'] : action === 'reject' ? ['pending', 'approved'] : ['rejected'];
    const to = action === 'reject' ? 'rejected' : 'approved';
    const result = await trx
      .updateTable('comments')
      .set({ status: to, report_count: 0, updated_at: at })
      .where('id', 'in', ids)
      .where('status', 'in', from as ('pending' | 'approved' | 'rejected')[])
      .executeTakeFirst();
    // A decision settles the reports that led to it.
    await trx.deleteFrom('comment_reports').where('comment_id', 'in', ids).execute();
    return { affected: Number(result.numUpdatedRows), articleIds };
  });
}
