import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/each-engine.ts';
import { hoursAgo, makeArticle, makeComment, makeSection } from '../testing/factory.ts';
import { getCommentThreadPage } from './comments.ts';

describeEachEngine('comment threads', ({ db }) => {
  let articleId = 0;

  beforeAll(async () => {
    const section = await makeSection(db());
    articleId = (await makeArticle(db(), { sectionId: section.id })).id;
    // 30 top-level comments, one a minute; comment 29 is the newest.
    const ids: number[] = [];
    for (let i = 0; i < 30; i++) {
      const status = i === 28 ? 'deleted' : i === 27 ? 'pending' : 'approved';
      ids.push((await makeComment(db(), { articleId, createdAt: hoursAgo((30 - i) / 60), body: `top ${i}`, status })).id);
    }
    // Five replies to the newest comment, and one pending reply that must stay hidden.
    for (let r = 0; r < 5; r++) {
      await makeComment(db(), { articleId, parentId: ids[29], createdAt: hoursAgo(-r / 60), body: `reply ${r}` });
    }
    await makeComment(db(), { articleId, parentId: ids[29], status: 'pending', body: 'held' });
    // A reply to the removed comment keeps its place under the tombstone.
    await makeComment(db(), { articleId, parentId: ids[28], body: 'reply to removed' });
  });

  it('counts approved comments and pages top-level ones newest first', async () => {
    const page = await getCommentThreadPage(db(), articleId, { limit: 5, repliesShown: 3 });
    // 28 approved top-level (30 minus one deleted, one pending) + 5 + 1 approved replies.
    expect(page.total).toBe(34);
    expect(page.topLevelTotal).toBe(28);
    expect(page.comments.map((c) => c.body)).toEqual(['top 29', '', 'top 26', 'top 25', 'top 24']);
  });

  it('shows the first replies in order with the full reply count', async () => {
    const page = await getCommentThreadPage(db(), articleId, { limit: 5, repliesShown: 3 });
    const newest = page.comments[0];
    expect(newest?.replies.map((r) => r.body)).toEqual(['reply 0', 'reply 1', 'reply 2']);
    expect(newest?.replyCount).toBe(5);
  });

  it('keeps a removed comment as a tombstone without its author or text', async () => {
    const page = await getCommentThreadPage(db(), articleId, { limit: 5 });
    const tombstone = page.comments[1];
    expect(tombstone).toMatchObject({ deleted: true, authorName: '', body: '' });
    expect(tombstone?.replies.map((r) => r.body)).toEqual(['reply to removed']);
  });

  it('returns an empty thread for an article without comments', async () => {
    const page = await getCommentThreadPage(db(), 999_999);
    expect(page).toEqual({ total: 0, topLevelTotal: 0, comments: [] });
  });
});
