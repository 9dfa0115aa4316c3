import { describe, expect, it } from 'vitest';
import type { CommentDto } from './contract';
import {
  appendReply,
  laterOf,
  newestFromOthers,
  prependComments,
  removeComment,
  replaceTemporary,
  temporaryComment,
  topLevelIds,
  unseenComments,
  updateComment,
  withServerVersion,
  withinEditWindow,
  type Pages,
} from './client-cache';

let nextId = 1;
function comment(over: Partial<CommentDto> = {}): CommentDto {
  const id = over.id ?? nextId++;
  return {
    id,
    articleId: 7,
    parentId: null,
    authorName: 'Ada',
    authorId: 'u-ada',
    body: `comment ${id}`,
    createdAt: '2026-03-01T10:00:00.000Z',
    editedAt: null,
    recommendCount: 0,
    recommendedByMe: false,
    replyCount: 0,
    deleted: false,
    status: 'approved',
    replies: [],
    ...over,
  };
}

function pages(...lists: CommentDto[][]): Pages {
  return { pages: lists.map((comments, i) => ({ comments, nextCursor: i < lists.length - 1 ? `c${i}` : null, total: 99 })), pageParams: lists.map((_, i) => (i ? `c${i - 1}` : null)) };
}

describe('updateComment', () => {
  it('updates a top-level comment or a reply, in any page', () => {
    const reply = comment({ id: 11, parentId: 2 });
    const data = pages([comment({ id: 1 })], [comment({ id: 2, replies: [reply], replyCount: 1 })]);
    const top = updateComment(data, 1, (c) => ({ ...c, body: 'edited' }));
    expect(top?.pages[0]?.comments[0]?.body).toBe('edited');
    expect(top?.pages[1]).toBe(data.pages[1]);
    const nested = updateComment(data, 11, (c) => ({ ...c, recommendCount: 5 }));
    expect(nested?.pages[1]?.comments[0]?.replies[0]?.recommendCount).toBe(5);
    expect(nested?.pages[0]).toBe(data.pages[0]);
  });

  it('returns the same object when nothing matches', () => {
    const data = pages([comment()]);
    expect(updateComment(data, 12345, (c) => ({ ...c }))).toBe(data);
    expect(updateComment(undefined, 1, (c) => c)).toBeUndefined();
  });
});

describe('optimistic insert and rollback', () => {
  const me = { id: 'u-me', name: 'Me' };
  const temp = temporaryComment({ id: -1, articleId: 7, parentId: null, body: 'hello', author: me, createdAt: '2026-03-01T11:00:00.000Z' });

  it('inserts at the top of the first page and rolls back to the same content', () => {
    const data = pages([comment({ id: 1 }), comment({ id: 2 })], [comment({ id: 3 })]);
    const optimistic = prependComments(data, [temp]);
    expect(optimistic?.pages[0]?.comments.map((c) => c.id)).toEqual([-1, 1, 2]);
    expect(optimistic?.pages[1]).toBe(data.pages[1]);
    const rolledBack = removeComment(optimistic, -1);
    expect(rolledBack?.pages.map((p) => p.comments.map((c) => c.id))).toEqual([[1, 2], [3]]);
  });

  it('swaps the temporary comment for the server’s', () => {
    const data = prependComments(pages([comment({ id: 1 })]), [temp]);
    const saved = comment({ id: 50, authorId: 'u-me', body: 'hello', status: 'pending' });
    const after = replaceTemporary(data, -1, saved);
    expect(after?.pages[0]?.comments.map((c) => [c.id, c.status])).toEqual([
      [50, 'pending'],
      [1, 'approved'],
    ]);
  });

  it('drops the temporary comment when the list already got the real one (poll merged it first)', () => {
    const saved = comment({ id: 50 });
    const data = pages([temp, saved, comment({ id: 1 })]);
    expect(replaceTemporary(data, -1, saved)?.pages[0]?.comments.map((c) => c.id)).toEqual([50, 1]);
  });

  it('leaves an empty cache alone', () => {
    expect(prependComments(undefined, [temp])).toBeUndefined();
    expect(prependComments({ pages: [], pageParams: [] }, [temp])).toEqual({ pages: [], pageParams: [] });
  });
});

describe('merging new comments', () => {
  it('prepends only comments the list does not hold, newest first', () => {
    const data = pages([comment({ id: 5 }), comment({ id: 4 })]);
    const merged = prependComments(data, [comment({ id: 8 }), comment({ id: 7 }), comment({ id: 5 }), comment({ id: 7 })]);
    expect(merged?.pages[0]?.comments.map((c) => c.id)).toEqual([8, 7, 5, 4]);
    expect(prependComments(data, [comment({ id: 4 })])).toBe(data);
  });

  it('counts unseen comments against every list on screen', () => {
    const known = new Set([...topLevelIds(pages([comment({ id: 1 })])), ...topLevelIds(pages([comment({ id: 2 })]))]);
    expect(unseenComments([comment({ id: 3 }), comment({ id: 2 }), comment({ id: 1 }), comment({ id: 3 })], known).map((c) => c.id)).toEqual([3]);
  });

  it('polls since the newest comment from others, ignoring the reader’s own and optimistic ones', () => {
    const list = [
      comment({ id: -1, authorId: 'u-me', createdAt: '2026-03-01T12:00:00.000Z' }),
      comment({ id: 9, authorId: 'u-me', createdAt: '2026-03-01T11:30:00.000Z' }),
      comment({ id: 8, authorId: 'u-b', createdAt: '2026-03-01T11:00:00.000Z' }),
      comment({ id: 7, authorId: null, createdAt: '2026-03-01T10:00:00.000Z' }),
    ];
    expect(newestFromOthers(list, 'u-me')).toBe('2026-03-01T11:00:00.000Z');
    expect(newestFromOthers(list, null)).toBe('2026-03-01T11:30:00.000Z');
    expect(newestFromOthers([], 'u-me')).toBeNull();
  });

  it('picks the later of two times', () => {
    expect(laterOf(null, null)).toBeNull();
    expect(laterOf('2026-03-01T10:00:00.000Z', null)).toBe('2026-03-01T10:00:00.000Z');
    expect(laterOf('2026-03-01T10:00:00.000Z', '2026-03-01T10:00:01.000Z')).toBe('2026-03-01T10:00:01.000Z');
    expect(laterOf('2026-03-01T10:00:02.000Z', '2026-03-01T10:00:01.000Z')).toBe('2026-03-01T10:00:02.000Z');
  });
});

describe('replies', () => {
  it('appends a reply to a top-level comment or a reply, counting it once', () => {
    const child = comment({ id: 21, parentId: 20 });
    const data = pages([comment({ id: 20, replies: [child], replyCount: 4 })]);
    const reply = comment({ id: 30, parentId: 20 });
    const once = appendReply(data, 20, reply);
    expect(once?.pages[0]?.comments[0]?.replies.map((r) => r.id)).toEqual([21, 30]);
    expect(once?.pages[0]?.comments[0]?.replyCount).toBe(5);
    expect(appendReply(once, 20, reply)).toBe(once);
    const deeper = appendReply(data, 21, comment({ id: 31, parentId: 21 }));
    expect(deeper?.pages[0]?.comments[0]?.replies[0]?.replyCount).toBe(1);
    expect(deeper?.pages[0]?.comments[0]?.replies[0]?.replies.map((r) => r.id)).toEqual([31]);
  });

  it('keeps shown replies when a deleted comment becomes a tombstone', () => {
    const current = comment({ id: 40, replies: [comment({ id: 41 })], replyCount: 1 });
    const tombstone = comment({ id: 40, deleted: true, body: '', authorName: '', authorId: null, replyCount: 1 });
    const merged = withServerVersion(current, tombstone);
    expect(merged.deleted).toBe(true);
    expect(merged.body).toBe('');
    expect(merged.replies.map((r) => r.id)).toEqual([41]);
  });
});

describe('withinEditWindow', () => {
  it('allows edits for the configured minutes after posting', () => {
    const c = comment({ createdAt: '2026-03-01T10:00:00.000Z' });
    const start = Date.parse('2026-03-01T10:00:00.000Z');
    expect(withinEditWindow(c, 15, start + 14 * 60_000)).toBe(true);
    expect(withinEditWindow(c, 15, start + 15 * 60_000)).toBe(false);
  });
});
