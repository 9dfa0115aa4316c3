import { expect, it } from 'vitest';
import { listComments } from '../comments/service.ts';
import { getPublishedArticle, listLatest } from '../content/articles.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { describeEachEngine } from '../testing/each-engine.ts';
import { BIG_THREAD_SLUG } from './comments.ts';
import { demoArticles } from './demo/articles/index.ts';
import { SeedRefusedError, seedDemo } from './seed.ts';

describeEachEngine('demo content seed', ({ db }) => {
  it('loads a publication worth reading', async () => {
    const result = await seedDemo(db());
    expect(result.published).toBeGreaterThanOrEqual(30);
    expect(result.comments).toBeGreaterThan(1000);

    const sections = await db().selectFrom('sections').select('slug').execute();
    expect(sections.length).toBeGreaterThanOrEqual(6);
    const authors = await db().selectFrom('authors').select('slug').execute();
    expect(authors).toHaveLength(8);

    const latest = await listLatest(db(), 1000);
    expect(latest).toHaveLength(result.published);
    const spanDays = (Date.parse(latest[0]!.publishedAt) - Date.parse(latest.at(-1)!.publishedAt)) / 86_400_000;
    expect(spanDays).toBeGreaterThan(14);
    expect(spanDays).toBeLessThanOrEqual(22);
  });

  it('keeps drafts, the scheduled story and unpublished ones out of public reads', async () => {
    const hidden = demoArticles.filter((a) => a.status !== 'published');
    expect(hidden.filter((a) => a.status === 'scheduled')).toHaveLength(1);
    for (const a of hidden) expect(await getPublishedArticle(db(), a.slug), a.slug).toBeNull();
  });

  it('has a thread of more than 1,000 comments, served a page at a time', async () => {
    const article = await getPublishedArticle(db(), BIG_THREAD_SLUG);
    if (!article) throw new Error('the long-thread article is missing');
    const thread = await listComments(db(), article.id, { sort: 'newest' }, null, { pageSize: 20 });
    expect(thread.total).toBeGreaterThan(1000);
    expect(thread.comments).toHaveLength(20);
    expect(thread.nextCursor).not.toBeNull();
  });

  it('refuses to seed over existing articles unless forced, and force replaces rather than duplicates', async () => {
    await expect(seedDemo(db())).rejects.toBeInstanceOf(SeedRefusedError);
    const before = await db().selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    await seedDemo(db(), { force: true });
    const after = await db().selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('migrating again is a no-op', async () => {
    expect(await migrateToLatest(db())).toEqual({ applied: [] });
  });
});
