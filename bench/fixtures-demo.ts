import { sql } from 'kysely';
import { createDb } from '../lib/db/connection.ts';
import type { BenchFixtures } from './dataset-contract.ts';

/**
 * Fixtures for the demo publication (`npm run db:seed`), for the quick `--dataset demo` mode.
 * The demo is hand-written rather than generated, so they are read from the seeded database instead
 * of being known in advance. It has only ~37 published articles: few first-render paths.
 */
export async function demoFixtures(databaseUrl: string): Promise<BenchFixtures> {
  const db = createDb(databaseUrl);
  try {
    const articles = await db
      .selectFrom('articles as a')
      .innerJoin('sections as s', 's.id', 'a.section_id')
      .select([
        'a.id',
        'a.slug',
        's.slug as section',
        'a.visibility',
        'a.comments_mode',
        'a.hero_media_id',
        sql<number>`length(a.body)`.as('bodyLength'),
        sql<number>`(select count(*) from comments c where c.article_id = a.id and c.parent_id is null and c.status = 'approved')`.as('topLevel'),
        sql<number>`(select count(*) from comments c where c.article_id = a.id and c.status = 'approved')`.as('comments'),
      ])
      .where('a.status', '=', 'published')
      .orderBy('a.id')
      .execute();
    const pathOf = (a: { section: string; slug: string }) => `/${a.section}/${a.slug}`;
    const open = (a: (typeof articles)[number]) => a.visibility === 'public' && (a.comments_mode ?? 'open') === 'open';

    const largeThread = [...articles].sort((x, y) => Number(y.topLevel) - Number(x.topLevel))[0];
    if (!largeThread || Number(largeThread.topLevel) <= 20) throw new Error('the demo database has no thread with a second page of comments');
    const article = [...articles]
      .filter((a) => a.visibility === 'public' && a.hero_media_id !== null && a.id !== largeThread.id)
      .sort((x, y) => Number(y.bodyLength) - Number(x.bodyLength))[0];
    const commentTarget = articles.find((a) => open(a) && a.id !== largeThread.id && a.id !== article?.id);
    if (!article || !commentTarget) throw new Error('the demo database lacks a long public article or one open for comments');

    const sections = new Map<string, number>();
    for (const a of articles) sections.set(a.section, (sections.get(a.section) ?? 0) + 1);
    const section = [...sections].sort((x, y) => y[1] - x[1])[0]![0];

    const used = new Set([article.id, largeThread.id, commentTarget.id]);
    return {
      articlePath: pathOf(article),
      firstRenderPaths: articles.filter((a) => !used.has(a.id)).map(pathOf),
      sectionPath: `/${section}`,
      largeThread: { articleId: largeThread.id, path: pathOf(largeThread), comments: Number(largeThread.comments) },
      searchQuery: 'harbour',
      commentTarget: { articleId: commentTarget.id, path: pathOf(commentTarget) },
    };
  } finally {
    await db.destroy();
  }
}
