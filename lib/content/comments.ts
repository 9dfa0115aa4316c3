import type { DB } from '../db/connection.ts';
import { toIso } from './time.ts';
import type { CommentThreadPage, CommentView } from './types.ts';

/** Comments readers see: approved ones, and deleted ones as tombstones that keep replies in place. */
const VISIBLE = ['approved', 'deleted'] as const;

export const COMMENTS_PAGE_SIZE = 20;
export const REPLIES_SHOWN = 3;

/**
 * The first page of an article's thread: newest top-level comments, each with its first replies.
 * Paged in SQL; a thread of any length costs three small queries.
 */
export async function getCommentThreadPage(
  db: DB,
  articleId: number,
  { limit = COMMENTS_PAGE_SIZE, repliesShown = REPLIES_SHOWN } = {},
): Promise<CommentThreadPage> {
  const [counts, top] = await Promise.all([
    db
      .selectFrom('comments')
      .where('article_id', '=', articleId)
      .where('status', '=', 'approved')
      .select((eb) => [
        eb.fn.countAll<number>().as('total'),
        eb.fn.count<number>(eb.case().when('parent_id', 'is', null).then(1).end()).as('top_level'),
      ])
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('comments')
      .selectAll()
      .where('article_id', '=', articleId)
      .where('parent_id', 'is', null)
      .where('status', 'in', VISIBLE)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute(),
  ]);

  const parentIds = top.map((c) => c.id);
  const replies = parentIds.length
    ? await db
        .selectFrom(
          db
            .selectFrom('comments')
            .selectAll()
            .select((eb) => [
              eb.fn
                .agg<number>('row_number')
                .over((ob) => ob.partitionBy('parent_id').orderBy('created_at').orderBy('id'))
                .as('rank'),
              eb.fn.countAll<number>().over((ob) => ob.partitionBy('parent_id')).as('siblings'),
            ])
            .where('parent_id', 'in', parentIds)
            .where('status', 'in', VISIBLE)
            .as('r'),
        )
        .selectAll()
        .where('r.rank', '<=', repliesShown)
        .orderBy('r.created_at')
        .orderBy('r.id')
        .execute()
    : [];

  const byParent = new Map<number, { views: CommentView[]; count: number }>();
  for (const r of replies) {
    if (r.parent_id == null) continue;
    const entry = byParent.get(r.parent_id) ?? { views: [], count: Number(r.siblings) };
    entry.views.push(toView(r, []));
    byParent.set(r.parent_id, entry);
  }

  return {
    total: Number(counts.total),
    topLevelTotal: Number(counts.top_level),
    comments: top.map((c) => {
      const entry = byParent.get(c.id);
      return { ...toView(c, entry?.views ?? []), replyCount: entry?.count ?? 0 };
    }),
  };
}

function toView(
  row: { id: number; author_name: string; body: string; status: string; created_at: Date | string; recommend_count: number },
  replies: CommentView[],
): CommentView {
  const deleted = row.status === 'deleted';
  return {
    id: row.id,
    authorName: deleted ? '' : row.author_name,
    body: deleted ? '' : row.body,
    createdAt: toIso(row.created_at),
    recommendCount: row.recommend_count,
    deleted,
    replies,
    replyCount: replies.length,
  };
}
