import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getPublishedArticle } from '../lib/content/articles.ts';
import { bodyText } from '../lib/content/blocks.ts';
import { searchArticles } from '../lib/content/search.ts';
import { toIso } from '../lib/content/time.ts';
import type { DB } from '../lib/db/connection.ts';
import { SeedRefusedError } from '../lib/seed/seed.ts';
import { engines } from '../lib/testing/databases.ts';
import { describeEachEngine } from '../lib/testing/each-engine.ts';
import { benchFixtures, seedBench } from './dataset.ts';

const SMALL = { articles: 60, comments: 2000 };
const NOW = new Date('2026-11-01T12:00:00.000Z');

const count = async (db: DB, table: 'articles' | 'comments') =>
  Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

/** A digest of every generated column, with times normalised (SQLite gives text, PostgreSQL Dates). */
async function digest(db: DB) {
  const articles = await db
    .selectFrom('articles')
    .select(['id', 'slug', 'section_id', 'kicker', 'headline', 'standfirst', 'body', 'hero_media_id', 'status', 'visibility', 'comments_mode', 'published_at', 'created_at'])
    .orderBy('id')
    .execute();
  const comments = await db
    .selectFrom('comments')
    .select(['id', 'article_id', 'parent_id', 'user_id', 'author_name', 'body', 'status', 'recommend_count', 'created_at'])
    .orderBy('id')
    .execute();
  const hash = (rows: object[]) => createHash('sha256').update(JSON.stringify(rows)).digest('hex');
  const time = (t: Date | string | null) => (t === null ? null : toIso(t));
  return {
    articles: hash(articles.map((a) => ({ ...a, published_at: time(a.published_at), created_at: time(a.created_at) }))),
    comments: hash(comments.map((c) => ({ ...c, created_at: time(c.created_at) }))),
  };
}

/** The published, public article at a path like /section/slug, or null. */
async function publicArticleAt(db: DB, path: string) {
  const [, section, slug, ...rest] = path.split('/');
  if (!section || !slug || rest.length) throw new Error(`not an article path: ${path}`);
  const article = await getPublishedArticle(db, slug);
  return article && article.section.slug === section && article.visibility === 'public' ? article : null;
}

describe('benchmark fixtures (no database)', () => {
  it('describe the full dataset by default', () => {
    const f = benchFixtures();
    expect(f.firstRenderPaths.length).toBeGreaterThanOrEqual(500);
    expect(new Set(f.firstRenderPaths).size).toBe(f.firstRenderPaths.length);
    expect(f.firstRenderPaths).not.toContain(f.articlePath);
    expect(f.firstRenderPaths).not.toContain(f.largeThread.path);
    expect(f.largeThread.comments).toBe(5000);
    expect(f).toEqual(benchFixtures({ articles: 2000, comments: 100_000 }));
  });

  it('refuse options too small for a meaningful dataset', () => {
    expect(() => benchFixtures({ articles: 10 })).toThrow(/--articles/);
    expect(() => benchFixtures({ comments: 1.5 })).toThrow(/--comments/);
  });
});

describeEachEngine('benchmark dataset', ({ db, engine }) => {
  it('seeds the requested numbers of articles and comments, with ids 1..N', async () => {
    const result = await seedBench(db(), { ...SMALL, now: NOW });
    expect(result).toMatchObject({ articles: 60, comments: 2000 });
    expect(await count(db(), 'articles')).toBe(60);
    expect(await count(db(), 'comments')).toBe(2000);
    const ids = await db()
      .selectFrom('comments')
      .select([(eb) => eb.fn.min('id').as('lo'), (eb) => eb.fn.max('id').as('hi')])
      .executeTakeFirstOrThrow();
    expect([Number(ids.lo), Number(ids.hi)]).toEqual([1, 2000]);
    const { status } = await db().selectFrom('articles').select('status').where('id', '=', 60).executeTakeFirstOrThrow();
    expect(['published', 'draft']).toContain(status);
  });

  it('is deterministic: a second fresh database gets identical rows for the same now, different times for another', async () => {
    const other = await engines.find((e) => e.engine === engine)!.create();
    try {
      await seedBench(other.db, { ...SMALL, now: NOW });
      const [a, b] = [await digest(db()), await digest(other.db)];
      expect(b).toEqual(a);
      await seedBench(other.db, { ...SMALL, now: new Date(NOW.getTime() + 3_600_000), force: true });
      const c = await digest(other.db);
      expect(c.articles).not.toBe(a.articles);
      expect(c.comments).not.toBe(a.comments);
    } finally {
      await other.drop();
    }
  });

  it('matches its fixtures: the cached article, first renders, section, large thread, search and comment target', async () => {
    const f = benchFixtures(SMALL);

    const feature = await publicArticleAt(db(), f.articlePath);
    if (!feature) throw new Error(`${f.articlePath} is not a published public article`);
    expect(feature.hero).not.toBeNull();
    const words = bodyText(feature.body).split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(1400);
    expect(words).toBeLessThanOrEqual(1600);

    expect(f.firstRenderPaths.length).toBeGreaterThanOrEqual(40);
    expect(new Set(f.firstRenderPaths).size).toBe(f.firstRenderPaths.length);
    expect(f.firstRenderPaths).not.toContain(f.articlePath);
    for (const path of f.firstRenderPaths) expect(await publicArticleAt(db(), path), path).not.toBeNull();

    const perSection = await db()
      .selectFrom('articles as a')
      .innerJoin('sections as s', 's.id', 'a.section_id')
      .select(['s.slug', (eb) => eb.fn.countAll<number>().as('n')])
      .where('a.status', '=', 'published')
      .groupBy('s.slug')
      .orderBy('n', 'desc')
      .execute();
    expect(f.sectionPath).toBe(`/${perSection[0]!.slug}`);

    const large = await publicArticleAt(db(), f.largeThread.path);
    expect(large?.id).toBe(f.largeThread.articleId);
    const threads = await db()
      .selectFrom('comments')
      .select(['article_id', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('article_id')
      .orderBy('n', 'desc')
      .execute();
    expect(f.largeThread.comments).toBe(100);
    expect(threads[0]).toEqual({ article_id: f.largeThread.articleId, n: f.largeThread.comments });
    expect(Number(threads[1]!.n)).toBeLessThan(f.largeThread.comments);
    // Comments are spread unevenly: many articles, the busiest with far more than the quietest.
    expect(threads.length).toBeGreaterThan(40);
    expect(Number(threads[1]!.n)).toBeGreaterThan(2 * Number(threads.at(-1)!.n));

    const search = await searchArticles(db(), { q: f.searchQuery, page: 1 });
    const publicCount = await db().selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'published').where('visibility', '=', 'public').executeTakeFirstOrThrow();
    expect(search.total).toBeGreaterThanOrEqual(Number(publicCount.n) / 2);

    const target = await publicArticleAt(db(), f.commentTarget.path);
    expect(target?.id).toBe(f.commentTarget.articleId);
    expect(target?.commentsMode).toBe('open');
  });

  it('writes threads that hang together: replies after their parent on the same article, by existing readers', async () => {
    const orphans = await db()
      .selectFrom('comments as c')
      .innerJoin('comments as p', 'p.id', 'c.parent_id')
      .select('c.id')
      .where((eb) => eb.or([eb('p.article_id', '!=', eb.ref('c.article_id')), eb('p.created_at', '>', eb.ref('c.created_at')), eb('p.id', '>', eb.ref('c.id'))]))
      .execute();
    expect(orphans).toEqual([]);
    const unknownUsers = await db()
      .selectFrom('comments as c')
      .leftJoin('user as u', 'u.id', 'c.user_id')
      .select('c.id')
      .where('u.id', 'is', null)
      .execute();
    expect(unknownUsers).toEqual([]);
    const statuses = await db().selectFrom('comments').select('status').distinct().execute();
    expect(statuses.map((s) => s.status).sort()).toEqual(['approved', 'deleted', 'pending', 'rejected']);
  });

  it('leaves id sequences past the seeded rows, so the site can insert next', async () => {
    const f = benchFixtures(SMALL);
    const row = await db()
      .insertInto('comments')
      .values({ article_id: f.commentTarget.articleId, parent_id: null, author_name: 'Benchmark', body: 'Posted after the seed.', status: 'approved', created_at: NOW.toISOString(), updated_at: NOW.toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(row.id).toBe(2001);
    await db().deleteFrom('comments').where('id', '=', row.id).execute();
  });

  it('refuses a database that has articles unless forced, and force replaces rather than adds', async () => {
    await expect(seedBench(db(), { ...SMALL, now: NOW })).rejects.toBeInstanceOf(SeedRefusedError);
    const before = await digest(db());
    await seedBench(db(), { ...SMALL, now: NOW, force: true });
    expect(await count(db(), 'articles')).toBe(60);
    expect(await count(db(), 'comments')).toBe(2000);
    expect(await digest(db())).toEqual(before);
  });
});
