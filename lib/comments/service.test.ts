import { beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../config.ts';
import { describeEachEngine } from '../testing/each-engine.ts';
import { hoursAgo, makeArticle, makeComment, makeSection } from '../testing/factory.ts';
import { CommentError } from './errors.ts';
import { deleteComment, editComment, listComments, postComment, reportComment, toggleRecommend, type Viewer } from './service.ts';

const settings = { ...parseConfig({}).comments, trustedAfter: 0, ratePerMinute: 1000 };
const reader = (id: string, extra: Partial<Viewer> = {}): Viewer => ({ id, name: `Reader ${id}`, emailVerified: true, role: 'reader', commentsBanned: false, ...extra });

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CommentError) return { code: error.code, ...error.options };
    throw error;
  }
  throw new Error('expected a refusal');
}

describeEachEngine('comment service', ({ db }) => {
  let articleId = 0;
  let closedId = 0;
  let premodId = 0;
  let draftId = 0;

  beforeAll(async () => {
    const section = await makeSection(db());
    articleId = (await makeArticle(db(), { sectionId: section.id })).id;
    closedId = (await makeArticle(db(), { sectionId: section.id, commentsMode: 'closed' })).id;
    premodId = (await makeArticle(db(), { sectionId: section.id, commentsMode: 'premoderated' })).id;
    draftId = (await makeArticle(db(), { sectionId: section.id, status: 'draft', publishedAt: null })).id;
  });

  describe('posting', () => {
    it('posts, threads replies two levels deep and lists them', async () => {
      const top = await postComment(db(), { articleId, body: '  First!\r\n\r\n\r\n\r\nSecond paragraph.  ' }, reader('a'), settings);
      expect(top.comment).toMatchObject({ body: 'First!\n\nSecond paragraph.', status: 'approved', authorName: 'Reader a', parentId: null });
      const reply = await postComment(db(), { articleId, body: 'A reply', parentId: top.comment.id }, reader('b'), settings);
      const deeper = await postComment(db(), { articleId, body: 'A reply to the reply', parentId: reply.comment.id }, reader('a'), settings);

      const page = await listComments(db(), articleId, { sort: 'newest' }, null, settings);
      const listed = page.comments.find((c) => c.id === top.comment.id);
      expect(listed?.replies.map((r) => r.body)).toEqual(['A reply']);
      expect(listed?.replies[0]?.replyCount).toBe(1);
      const level2 = await listComments(db(), articleId, { sort: 'newest', parentId: reply.comment.id }, null, settings);
      expect(level2.comments.map((c) => c.id)).toEqual([deeper.comment.id]);
    });

    it('refuses anonymous, unverified and banned readers, closed threads and hidden articles', async () => {
      expect(await refusal(postComment(db(), { articleId, body: 'x' }, null, settings))).toMatchObject({ code: 'unauthenticated' });
      expect(await refusal(postComment(db(), { articleId, body: 'x' }, reader('u', { emailVerified: false }), settings))).toMatchObject({ code: 'email_unverified' });
      expect(await refusal(postComment(db(), { articleId, body: 'x' }, reader('banned', { commentsBanned: true }), settings))).toMatchObject({ code: 'banned' });
      expect(await refusal(postComment(db(), { articleId: closedId, body: 'x' }, reader('a'), settings))).toMatchObject({ code: 'comments_closed' });
      expect(await refusal(postComment(db(), { articleId: draftId, body: 'x' }, reader('a'), settings))).toMatchObject({ code: 'not_found' });
    });

    it('validates the text: empty, too long, banned words; holds suspect words for review', async () => {
      expect(await refusal(postComment(db(), { articleId, body: '   ' }, reader('v'), settings))).toMatchObject({ code: 'validation_failed', field: 'body' });
      const tooLong = 'x'.repeat(settings.maxLength + 1);
      expect(await refusal(postComment(db(), { articleId, body: tooLong }, reader('v'), settings))).toMatchObject({ code: 'validation_failed' });
      const custom = { ...settings, bannedWords: ['grotbag'], suspectWords: ['bargain'] };
      expect(await refusal(postComment(db(), { articleId, body: 'You GROTBAG.' }, reader('v'), custom))).toMatchObject({ code: 'validation_failed' });
      const held = await postComment(db(), { articleId, body: 'What a bargain this is' }, reader('v'), custom);
      expect(held.comment.status).toBe('pending');
    });

    it('replays an idempotent request instead of posting twice, also when racing', async () => {
      const first = await postComment(db(), { articleId, body: 'Once only', idempotencyKey: 'key-1' }, reader('i'), settings);
      const again = await postComment(db(), { articleId, body: 'Once only', idempotencyKey: 'key-1' }, reader('i'), settings);
      expect(again).toEqual({ comment: first.comment, replayed: true });
      const racing = await Promise.all(
        [1, 2, 3].map(() => postComment(db(), { articleId, body: 'Double click', idempotencyKey: 'key-2' }, reader('i'), settings)),
      );
      expect(new Set(racing.map((r) => r.comment.id)).size).toBe(1);
      const stored = await db().selectFrom('comments').select('id').where('user_id', '=', 'i').where('body', '=', 'Double click').execute();
      expect(stored).toHaveLength(1);
    });

    it('refuses the same words twice from one reader', async () => {
      await postComment(db(), { articleId, body: 'Same again' }, reader('d'), settings);
      expect(await refusal(postComment(db(), { articleId, body: 'Same again' }, reader('d'), settings))).toMatchObject({ code: 'duplicate' });
    });

    it('rate-limits per account and per IP with a retry time', async () => {
      const limited = { ...settings, ratePerMinute: 2 };
      await postComment(db(), { articleId, body: 'one' }, reader('r'), limited);
      await postComment(db(), { articleId, body: 'two' }, reader('r'), limited);
      const refused = await refusal(postComment(db(), { articleId, body: 'three' }, reader('r'), limited));
      expect(refused.code).toBe('rate_limited');
      expect(refused.retryAfterSeconds).toBeGreaterThan(0);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
      // Six posts from one address by different readers: the IP limit (3 × 2) stops the seventh.
      for (let i = 0; i < 6; i++) await postComment(db(), { articleId, body: `ip ${i}`, ipHash: 'same-ip' }, reader(`ip${i}`), limited);
      expect(await refusal(postComment(db(), { articleId, body: 'ip 7', ipHash: 'same-ip' }, reader('ip7'), limited))).toMatchObject({ code: 'rate_limited' });
      // A minute later the reader may post again.
      const later = new Date(Date.now() + 61_000);
      expect((await postComment(db(), { articleId, body: 'four' }, reader('r'), limited, later)).comment.status).toBe('approved');
    });
  });

  describe('moderation rules', () => {
    it('applies the site default to articles that do not choose a mode', async () => {
      const section = await makeSection(db());
      const { id } = await makeArticle(db(), { sectionId: section.id, commentsMode: null });
      const premodDefault = { ...settings, defaultMode: 'premoderated' as const };
      expect((await postComment(db(), { articleId: id, body: 'Default applies' }, reader('dm'), premodDefault)).comment.status).toBe('pending');
      expect((await postComment(db(), { articleId: id, body: 'Open by default' }, reader('dm'), settings)).comment.status).toBe('approved');
      const closedDefault = { ...settings, defaultMode: 'closed' as const };
      expect(await refusal(postComment(db(), { articleId: id, body: 'Closed by default' }, reader('dm'), closedDefault))).toMatchObject({ code: 'comments_closed' });
    });

    it('holds comments on pre-moderated articles and from new commenters; pending is seen only by its author', async () => {
      const held = await postComment(db(), { articleId: premodId, body: 'Held for review' }, reader('p'), settings);
      expect(held.comment.status).toBe('pending');
      expect((await listComments(db(), premodId, { sort: 'newest' }, null, settings)).comments).toEqual([]);
      expect((await listComments(db(), premodId, { sort: 'newest' }, reader('other'), settings)).comments).toEqual([]);
      const own = await listComments(db(), premodId, { sort: 'newest' }, reader('p'), settings);
      expect(own.comments.map((c) => c.status)).toEqual(['pending']);

      const strict = { ...settings, trustedAfter: 1 };
      expect((await postComment(db(), { articleId, body: 'My first ever comment' }, reader('newbie'), strict)).comment.status).toBe('pending');
      await makeComment(db(), { articleId, body: 'approved earlier' }).then(({ id }) => db().updateTable('comments').set({ user_id: 'veteran' }).where('id', '=', id).execute());
      expect((await postComment(db(), { articleId, body: 'Trusted now' }, reader('veteran'), strict)).comment.status).toBe('approved');
      expect((await postComment(db(), { articleId: premodId, body: 'Staff post' }, reader('ed', { role: 'editor' }), settings)).comment.status).toBe('approved');
    });
  });

  describe('editing, deleting, recommending, reporting', () => {
    it('edits own comments within the window only', async () => {
      const { comment } = await postComment(db(), { articleId, body: 'Tpyo' }, reader('e'), settings);
      const edited = await editComment(db(), comment.id, 'Typo', reader('e'), settings);
      expect(edited.comment).toMatchObject({ body: 'Typo', editedAt: expect.any(String) });
      expect(await refusal(editComment(db(), comment.id, 'Hijack', reader('x'), settings))).toMatchObject({ code: 'forbidden' });
      const late = new Date(Date.now() + (settings.editWindowMinutes + 1) * 60_000);
      expect(await refusal(editComment(db(), comment.id, 'Too late', reader('e'), settings, late))).toMatchObject({ code: 'edit_window_closed' });
      expect(await refusal(editComment(db(), comment.id, 'Banned now', reader('e', { commentsBanned: true }), settings))).toMatchObject({ code: 'banned' });
    });

    it('sends edits on pre-moderated threads back for review, and never undoes a rejection', async () => {
      const { comment } = await postComment(db(), { articleId: premodId, body: 'Harmless words' }, reader('sly'), settings);
      await db().updateTable('comments').set({ status: 'approved' }).where('id', '=', comment.id).execute();
      expect((await editComment(db(), comment.id, 'Different words now', reader('sly'), settings)).comment.status).toBe('pending');

      const open = await postComment(db(), { articleId, body: 'To be rejected' }, reader('sly'), settings);
      await db().updateTable('comments').set({ status: 'rejected' }).where('id', '=', open.comment.id).execute();
      expect(await refusal(editComment(db(), open.comment.id, 'Sneaking back', reader('sly'), settings))).toMatchObject({ code: 'not_found' });
      const stored = await db().selectFrom('comments').select('status').where('id', '=', open.comment.id).executeTakeFirstOrThrow();
      expect(stored.status).toBe('rejected');
    });

    it('deletes own comments as tombstones that keep their replies', async () => {
      const { comment } = await postComment(db(), { articleId, body: 'Regret this' }, reader('del'), settings);
      await postComment(db(), { articleId, body: 'Reply stays', parentId: comment.id }, reader('other'), settings);
      expect(await refusal(deleteComment(db(), comment.id, reader('other')))).toMatchObject({ code: 'forbidden' });
      const { comment: tombstone } = await deleteComment(db(), comment.id, reader('del'));
      expect(tombstone).toMatchObject({ deleted: true, body: '', authorName: '' });
      const page = await listComments(db(), articleId, { sort: 'newest', limit: 100 }, null, settings);
      const listed = page.comments.find((c) => c.id === comment.id);
      expect(listed?.deleted).toBe(true);
      expect(listed?.replies.map((r) => r.body)).toEqual(['Reply stays']);
      const stored = await db().selectFrom('comments').select('body').where('id', '=', comment.id).executeTakeFirstOrThrow();
      expect(stored.body).toBe('');
    });

    it('toggles one recommendation per reader, never on your own comment', async () => {
      const { comment } = await postComment(db(), { articleId, body: 'Recommend me' }, reader('author'), settings);
      expect(await toggleRecommend(db(), comment.id, reader('fan'))).toMatchObject({ recommended: true, recommendCount: 1 });
      expect(await toggleRecommend(db(), comment.id, reader('fan2'))).toMatchObject({ recommended: true, recommendCount: 2 });
      expect(await toggleRecommend(db(), comment.id, reader('fan'))).toMatchObject({ recommended: false, recommendCount: 1 });
      expect(await refusal(toggleRecommend(db(), comment.id, reader('author')))).toMatchObject({ code: 'forbidden' });
      expect(await refusal(toggleRecommend(db(), comment.id, reader('fan', { commentsBanned: true })))).toMatchObject({ code: 'banned' });
      const page = await listComments(db(), articleId, { sort: 'top', limit: 1 }, reader('fan2'), settings);
      expect(page.comments[0]).toMatchObject({ id: comment.id, recommendedByMe: true });
      // Imported counts (without recommendation rows) are kept: a toggle moves them by one.
      await db().updateTable('comments').set({ recommend_count: 42 }).where('id', '=', comment.id).execute();
      expect(await toggleRecommend(db(), comment.id, reader('fan3'))).toMatchObject({ recommended: true, recommendCount: 43 });
      expect(await toggleRecommend(db(), comment.id, reader('fan3'))).toMatchObject({ recommended: false, recommendCount: 42 });
    });

    it('counts reports once per reader', async () => {
      const { comment } = await postComment(db(), { articleId, body: 'Report me' }, reader('rep'), settings);
      await reportComment(db(), comment.id, 'rude', reader('r1'));
      await reportComment(db(), comment.id, 'rude again', reader('r1'));
      await reportComment(db(), comment.id, '', reader('r2'));
      const row = await db().selectFrom('comments').select('report_count').where('id', '=', comment.id).executeTakeFirstOrThrow();
      expect(row.report_count).toBe(2);
      expect(await refusal(reportComment(db(), comment.id, '', null))).toMatchObject({ code: 'unauthenticated' });
      expect(await refusal(reportComment(db(), comment.id, '', reader('r3', { commentsBanned: true })))).toMatchObject({ code: 'banned' });
    });
  });
});

describeEachEngine('comment pagination', ({ db }) => {
  let articleId = 0;
  beforeAll(async () => {
    const section = await makeSection(db());
    articleId = (await makeArticle(db(), { sectionId: section.id })).id;
    for (let i = 0; i < 45; i++) {
      const { id } = await makeComment(db(), { articleId, createdAt: hoursAgo((45 - i) / 60), body: `c${i}` });
      await db().updateTable('comments').set({ recommend_count: i % 7 }).where('id', '=', id).execute();
    }
  });

  async function walk(sort: 'newest' | 'oldest' | 'top', during?: () => Promise<void>) {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listComments(db(), articleId, { sort, cursor, limit: 10 }, null, { pageSize: 20 });
      seen.push(...page.comments.map((c) => c.body));
      cursor = page.nextCursor ?? undefined;
      pages++;
      if (pages === 1 && during) await during();
    } while (cursor);
    return { seen, pages };
  }

  it('walks every comment exactly once in each sort', async () => {
    for (const sort of ['newest', 'oldest', 'top'] as const) {
      const { seen, pages } = await walk(sort);
      expect(seen, sort).toHaveLength(45);
      expect(new Set(seen).size, sort).toBe(45);
      expect(pages, sort).toBe(5);
    }
    const { seen } = await walk('oldest');
    expect(seen.slice(0, 3)).toEqual(['c0', 'c1', 'c2']);
  });

  it('neither skips nor repeats when comments arrive between pages', async () => {
    const { seen } = await walk('newest', async () => {
      for (let i = 0; i < 5; i++) await makeComment(db(), { articleId, body: `late ${i}` });
    });
    expect(seen.filter((b) => b.startsWith('c'))).toHaveLength(45);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('rejects a forged cursor with 400, not a crash', async () => {
    const forged = ['not-base64!', '{"a":1}', '["x", "y"]', '["1", 1]', '[1e300, 1]', '["2026-01-01T00:00:00.000Z", 99999999999]'];
    for (const cursor of forged.map((c, i) => (i === 0 ? c : Buffer.from(c).toString('base64url')))) {
      await expect(listComments(db(), articleId, { sort: 'newest', cursor }, null, { pageSize: 20 })).rejects.toMatchObject({ code: 'bad_request' });
    }
  });

  it('lists comments newer than a time for the new-comments notice', async () => {
    const since = new Date(Date.now() - 60_000).toISOString();
    await makeComment(db(), { articleId, body: 'brand new' });
    const page = await listComments(db(), articleId, { sort: 'newest', since }, null, { pageSize: 20 });
    expect(page.comments.map((c) => c.body)).toContain('brand new');
    expect(page.comments.map((c) => c.body)).not.toContain('c0');
  });
});
