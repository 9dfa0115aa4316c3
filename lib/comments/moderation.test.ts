import { beforeAll, expect, it } from 'vitest';
import { createAuth } from '../auth/auth.ts';
import { parseConfig } from '../config.ts';
import { latestMailTo } from '../mail/mailer.ts';
import { describeEachEngine } from '../testing/each-engine.ts';
import { makeArticle, makeSection } from '../testing/factory.ts';
import { listQueue, moderate } from './moderation.ts';
import { listComments, postComment, reportComment, type Viewer } from './service.ts';

const settings = { ...parseConfig({}).comments, trustedAfter: 1, ratePerMinute: 1000 };

describeEachEngine('moderation and accounts', ({ db }) => {
  let articleId = 0;
  let otherArticleId = 0;
  let author: Viewer;

  beforeAll(async () => {
    const section = await makeSection(db());
    articleId = (await makeArticle(db(), { sectionId: section.id })).id;
    otherArticleId = (await makeArticle(db(), { sectionId: section.id })).id;
    // A real account through Better Auth: the row, the default role, the confirmation mail.
    const auth = createAuth(db());
    const { user } = await auth.api.signUpEmail({ body: { name: 'Nia Reader', email: 'nia@example.com', password: 'a long enough password' } });
    author = { id: user.id, name: user.name, emailVerified: true, role: 'reader', commentsBanned: false };
  });

  it('signs readers up with the reader role and mails a confirmation link', async () => {
    const row = await db().selectFrom('user').selectAll().where('email', '=', 'nia@example.com').executeTakeFirstOrThrow();
    expect(row.role).toBe('reader');
    expect(Boolean(row.commentsBanned)).toBe(false);
    expect(Boolean(row.emailVerified)).toBe(false);
    const mail = await latestMailTo(db(), 'nia@example.com');
    expect(mail?.subject).toMatch(/Confirm your email/);
    expect(mail?.text_body).toMatch(/\/api\/auth\/verify-email\?token=/);
  });

  it('queues a new commenter, and approving publishes the comment', async () => {
    const { comment } = await postComment(db(), { articleId, body: 'First words here' }, author, settings);
    expect(comment.status).toBe('pending');
    const queue = await listQueue(db(), { tab: 'pending' });
    expect(queue.items.map((i) => i.id)).toContain(comment.id);
    expect(queue.items.find((i) => i.id === comment.id)).toMatchObject({ authorEmail: 'nia@example.com', articleId });

    const result = await moderate(db(), 'approve', [comment.id]);
    expect(result).toEqual({ affected: 1, articleIds: [articleId] });
    const page = await listComments(db(), articleId, { sort: 'newest' }, null, settings);
    expect(page.comments.map((c) => c.id)).toContain(comment.id);
    // Now trusted: the next comment goes straight up.
    expect((await postComment(db(), { articleId, body: 'Second words' }, author, settings)).comment.status).toBe('approved');
  });

  it('lists reported comments, and a decision clears the reports', async () => {
    const page = await listComments(db(), articleId, { sort: 'newest' }, null, settings);
    const target = page.comments[0]!;
    await reportComment(db(), target.id, 'off topic', { ...author, id: 'reporter-1' });
    const reported = await listQueue(db(), { tab: 'reported' });
    expect(reported.items.map((i) => i.id)).toEqual([target.id]);
    await moderate(db(), 'reject', [target.id]);
    expect((await listQueue(db(), { tab: 'reported' })).items).toEqual([]);
    expect((await listComments(db(), articleId, { sort: 'newest' }, null, settings)).comments.map((c) => c.id)).not.toContain(target.id);
    await moderate(db(), 'restore', [target.id]);
    expect((await listComments(db(), articleId, { sort: 'newest' }, null, settings)).comments.map((c) => c.id)).toContain(target.id);
  });

  it('filters the queue by article and by author, and acts in bulk', async () => {
    const outsider: Viewer = { id: 'outsider', name: 'Out Sider', emailVerified: true, role: 'reader', commentsBanned: false };
    const a = await postComment(db(), { articleId: otherArticleId, body: 'On the other story' }, outsider, settings);
    const b = await postComment(db(), { articleId: otherArticleId, body: 'Again on the other story' }, outsider, settings);
    expect((await listQueue(db(), { tab: 'all', articleId: otherArticleId })).items.map((i) => i.id).sort()).toEqual([a.comment.id, b.comment.id].sort());
    expect((await listQueue(db(), { tab: 'all', authorId: author.id })).items.every((i) => i.authorId === author.id)).toBe(true);
    expect(await moderate(db(), 'approve', [a.comment.id, b.comment.id, a.comment.id])).toMatchObject({ affected: 2 });
  });

  it('bans an author: the flag is stored on the account and unban lifts it', async () => {
    const { comment } = await postComment(db(), { articleId, body: 'Something to ban for' }, author, settings);
    expect(await moderate(db(), 'ban', [comment.id])).toEqual({ affected: 1, articleIds: [] });
    const row = await db().selectFrom('user').select('commentsBanned').where('id', '=', author.id).executeTakeFirstOrThrow();
    expect(Boolean(row.commentsBanned)).toBe(true);
    expect((await listQueue(db(), { tab: 'all', authorId: author.id })).items[0]?.authorBanned).toBe(true);
    await moderate(db(), 'unban', [comment.id]);
    const after = await db().selectFrom('user').select('commentsBanned').where('id', '=', author.id).executeTakeFirstOrThrow();
    expect(Boolean(after.commentsBanned)).toBe(false);
  });
});
