import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/each-engine.ts';
import { hoursAgo, makeArticle, makeAuthor, makeMedia, makeSection, makeTag } from '../testing/factory.ts';
import {
  listArticleSitemapChunks,
  listNewsSitemapArticles,
  listSitemapArticles,
  listSitemapAuthors,
  listSitemapSections,
  listSitemapTags,
} from './sitemaps.ts';

describeEachEngine('sitemap queries', ({ db }) => {
  const hidden = ['a-draft', 'a-scheduled', 'future-dated', 'taken-down', 'in-review'];
  let edited: string;

  beforeAll(async () => {
    const news = await makeSection(db(), 'news', 0);
    const sport = await makeSection(db(), 'sport', 1);
    const empty = await makeSection(db(), 'quiet', 2);
    const housing = await makeTag(db(), 'housing');
    const ghost = await makeTag(db(), 'ghost');
    const alice = await makeAuthor(db(), 'alice');
    const bob = await makeAuthor(db(), 'bob');
    const hero = await makeMedia(db(), '/demo/images/harbour-dawn.jpg');

    // Five published stories, oldest first: chunks of two are [p1 p2] [p3 p4] [p5].
    await makeArticle(db(), { sectionId: news.id, slug: 'p1', publishedAt: hoursAgo(100), heroMediaId: hero.id, tagIds: [housing.id], authorIds: [alice.id] });
    await makeArticle(db(), { sectionId: sport.id, slug: 'p2', publishedAt: hoursAgo(80) });
    await makeArticle(db(), { sectionId: news.id, slug: 'p3', publishedAt: hoursAgo(60) });
    await makeArticle(db(), { sectionId: sport.id, slug: 'p4', publishedAt: hoursAgo(30), authorIds: [alice.id] });
    await makeArticle(db(), { sectionId: news.id, slug: 'p5', publishedAt: hoursAgo(1), headline: 'Fresh & <new>' });
    // Nothing readers may not see, wherever it is filed.
    await makeArticle(db(), { sectionId: empty.id, slug: 'a-draft', status: 'draft', publishedAt: null, tagIds: [ghost.id], authorIds: [bob.id] });
    await makeArticle(db(), { sectionId: empty.id, slug: 'in-review', status: 'review', publishedAt: null, authorIds: [bob.id] });
    await makeArticle(db(), { sectionId: empty.id, slug: 'a-scheduled', status: 'scheduled', publishedAt: hoursAgo(-5), tagIds: [ghost.id] });
    await makeArticle(db(), { sectionId: news.id, slug: 'future-dated', status: 'published', publishedAt: hoursAgo(-1), authorIds: [bob.id] });
    await makeArticle(db(), { sectionId: news.id, slug: 'taken-down', status: 'unpublished', publishedAt: hoursAgo(10), tagIds: [ghost.id] });

    // p2 was corrected after publication: its lastmod is the correction, not the publication.
    edited = hoursAgo(2);
    await db().updateTable('articles').set({ updated_at: edited }).where('slug', '=', 'p2').execute();
  });

  it('lists only published articles, oldest first, in chunks of the given size', async () => {
    const pages = await Promise.all([1, 2, 3, 4].map((page) => listSitemapArticles(db(), page, 2)));
    expect(pages.map((p) => p.map((a) => a.url))).toEqual([['/news/p1', '/sport/p2'], ['/news/p3', '/sport/p4'], ['/news/p5'], []]);
    const all = (await listSitemapArticles(db(), 1)).map((a) => a.url);
    expect(all).toHaveLength(5);
    for (const slug of hidden) expect(all.join(' ')).not.toContain(slug);
  });

  it('gives each article its updated_at as lastmod and its hero image', async () => {
    const [p1, p2] = await listSitemapArticles(db(), 1, 2);
    expect(p1).toMatchObject({ heroSrc: '/demo/images/harbour-dawn.jpg' });
    expect(p2).toMatchObject({ heroSrc: null, updatedAt: edited });
  });

  it('counts the chunks with the newest change in each', async () => {
    const chunks = await listArticleSitemapChunks(db(), 2);
    expect(chunks.map((c) => c.page)).toEqual([1, 2, 3]);
    expect(chunks[0]!.lastmod).toBe(edited);
    expect(Date.parse(chunks[1]!.lastmod)).toBe(Date.parse((await listSitemapArticles(db(), 2, 2))[1]!.updatedAt));
    expect((await listArticleSitemapChunks(db(), 50_000)).map((c) => c.page)).toEqual([1]);
    await expect(listArticleSitemapChunks(db(), 0)).rejects.toThrow(/chunk size/);
  });

  it('lists sections, tags and authors only when they have a published article', async () => {
    expect((await listSitemapSections(db())).map((s) => s.slug)).toEqual(['news', 'sport']);
    expect((await listSitemapTags(db())).map((t) => t.slug)).toEqual(['housing']);
    const authors = await listSitemapAuthors(db());
    expect(authors.map((a) => a.slug)).toEqual(['alice']);
    // alice's newest published story is p4 (30 hours ago).
    expect(Date.parse(authors[0]!.lastmod)).toBeGreaterThan(Date.now() - 31 * 3_600_000);
    expect(Date.parse(authors[0]!.lastmod)).toBeLessThan(Date.now() - 29 * 3_600_000);
  });

  it('puts only the last 48 hours in the news sitemap, newest first, within the limit', async () => {
    const news = await listNewsSitemapArticles(db());
    expect(news.map((n) => n.url)).toEqual(['/news/p5', '/sport/p4']);
    expect(news[0]).toMatchObject({ headline: 'Fresh & <new>' });
    expect((await listNewsSitemapArticles(db(), undefined, 48, 1)).map((n) => n.url)).toEqual(['/news/p5']);
    // Seen from 40 hours ago, p3 (then 20 hours old) was news, and p4, p5 did not exist yet.
    expect((await listNewsSitemapArticles(db(), hoursAgo(40))).map((n) => n.url)).toEqual(['/news/p3', '/sport/p2']);
  });
});
