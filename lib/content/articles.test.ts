import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/each-engine.ts';
import { hoursAgo, makeArticle, makeAuthor, makeMedia, makeSection, makeTag } from '../testing/factory.ts';
import { getPublishedArticle, listArticles, listLatest, listRelated, listSectionFronts } from './articles.ts';

describeEachEngine('articles data layer', ({ db }) => {
  let world: {
    news: { id: number; slug: string };
    sport: { id: number; slug: string };
    tagA: { id: number; slug: string };
    tagB: { id: number; slug: string };
    alice: { id: number; slug: string };
    bob: { id: number; slug: string };
  };

  beforeAll(async () => {
    const [news, sport] = [await makeSection(db(), 'news', 0), await makeSection(db(), 'sport', 1)];
    world = {
      news,
      sport,
      tagA: await makeTag(db(), 'housing'),
      tagB: await makeTag(db(), 'transport'),
      alice: await makeAuthor(db(), 'alice'),
      bob: await makeAuthor(db(), 'bob'),
    };
    const hero = await makeMedia(db(), '/demo/hero.jpg');
    const inline = await makeMedia(db(), '/demo/inline.jpg');
    await makeArticle(db(), {
      sectionId: news.id,
      slug: 'full-story',
      publishedAt: hoursAgo(2),
      heroMediaId: hero.id,
      authorIds: [world.bob.id, world.alice.id],
      tagIds: [world.tagA.id, world.tagB.id],
      body: [
        { type: 'paragraph', content: [{ text: 'Hello ' }, { text: 'world', href: '/news/other' }] },
        { type: 'image', mediaId: inline.id, caption: 'Inline caption' },
      ],
    });
    await makeArticle(db(), { sectionId: news.id, slug: 'a-draft', status: 'draft', publishedAt: null });
    await makeArticle(db(), { sectionId: news.id, slug: 'a-scheduled', status: 'scheduled', publishedAt: hoursAgo(-5) });
    await makeArticle(db(), { sectionId: news.id, slug: 'future-published', status: 'published', publishedAt: hoursAgo(-1) });
    await makeArticle(db(), { sectionId: news.id, slug: 'gone', status: 'unpublished', publishedAt: hoursAgo(50) });
    // 25 public sport stories, one an hour, for pagination.
    for (let i = 0; i < 25; i++) {
      await makeArticle(db(), {
        sectionId: sport.id,
        slug: `sport-${i}`,
        publishedAt: hoursAgo(10 + i),
        tagIds: i % 5 === 0 ? [world.tagA.id] : [],
        authorIds: i < 3 ? [world.alice.id] : [],
      });
    }
  });

  it('reads a published article with authors in byline order, tags, hero and body media', async () => {
    const article = await getPublishedArticle(db(), 'full-story');
    expect(article).not.toBeNull();
    expect(article?.url).toBe('/news/full-story');
    expect(article?.section).toEqual({ slug: 'news', name: 'NEWS' });
    expect(article?.authors.map((a) => a.slug)).toEqual(['bob', 'alice']);
    expect(article?.tags.map((t) => t.slug)).toEqual(['housing', 'transport']);
    expect(article?.hero).toMatchObject({ src: '/demo/hero.jpg', width: 1600, height: 900, alt: 'An image', credit: 'Credit' });
    expect(article?.body).toHaveLength(2);
    const imageBlock = article?.body[1];
    expect(imageBlock?.type).toBe('image');
    if (imageBlock?.type === 'image') expect(article?.bodyMedia[imageBlock.mediaId]?.src).toBe('/demo/inline.jpg');
    expect(Date.parse(article?.publishedAt ?? '')).toBeGreaterThan(Date.now() - 3 * 3_600_000);
    expect(article?.readingMinutes).toBe(1);
  });

  it('never returns drafts, scheduled, future-dated, unpublished or unknown articles', async () => {
    for (const slug of ['a-draft', 'a-scheduled', 'future-published', 'gone', 'no-such-story']) {
      expect(await getPublishedArticle(db(), slug), slug).toBeNull();
    }
  });

  it('lists the latest public articles newest first', async () => {
    const latest = await listLatest(db(), 5);
    expect(latest.map((t) => t.slug)).toEqual(['full-story', 'sport-0', 'sport-1', 'sport-2', 'sport-3']);
    const all = await listLatest(db(), 100);
    expect(all).toHaveLength(26);
    expect(all.map((t) => t.slug)).not.toContain('a-scheduled');
  });

  it('paginates a section in SQL with totals', async () => {
    const first = await listArticles(db(), { sectionSlug: 'sport' }, 1, 10);
    expect(first).toMatchObject({ page: 1, perPage: 10, total: 25, totalPages: 3 });
    expect(first.items.map((t) => t.slug)).toEqual(Array.from({ length: 10 }, (_, i) => `sport-${i}`));
    const last = await listArticles(db(), { sectionSlug: 'sport' }, 3, 10);
    expect(last.items.map((t) => t.slug)).toEqual(['sport-20', 'sport-21', 'sport-22', 'sport-23', 'sport-24']);
    const beyond = await listArticles(db(), { sectionSlug: 'sport' }, 4, 10);
    expect(beyond.items).toEqual([]);
    const news = await listArticles(db(), { sectionSlug: 'news' }, 1, 10);
    expect(news.items.map((t) => t.slug)).toEqual(['full-story']);
  });

  it('lists by tag and by author', async () => {
    const housing = await listArticles(db(), { tagSlug: 'housing' }, 1, 10);
    expect(housing.items.map((t) => t.slug)).toEqual(['full-story', 'sport-0', 'sport-5', 'sport-10', 'sport-15', 'sport-20']);
    const alice = await listArticles(db(), { authorSlug: 'alice' }, 1, 2);
    expect(alice).toMatchObject({ total: 4, totalPages: 2 });
    expect(alice.items.map((t) => t.slug)).toEqual(['full-story', 'sport-0']);
  });

  it('relates articles by shared tags first, then by section, never itself', async () => {
    const full = await getPublishedArticle(db(), 'full-story');
    if (!full) throw new Error('missing');
    const related = await listRelated(db(), { id: full.id, sectionSlug: 'news' }, 3);
    expect(related.map((t) => t.slug)).toEqual(['sport-0', 'sport-5', 'sport-10']);
    const sport24 = await getPublishedArticle(db(), 'sport-24');
    if (!sport24) throw new Error('missing');
    const sectionOnly = await listRelated(db(), { id: sport24.id, sectionSlug: 'sport' }, 2);
    expect(sectionOnly.map((t) => t.slug)).toEqual(['sport-0', 'sport-1']);
  });

  it('builds section fronts with the newest few per section in one query', async () => {
    const fronts = await listSectionFronts(db(), 3);
    expect(fronts.get('news')?.map((t) => t.slug)).toEqual(['full-story']);
    expect(fronts.get('sport')?.map((t) => t.slug)).toEqual(['sport-0', 'sport-1', 'sport-2']);
  });
});
