import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/each-engine.ts';
import { hoursAgo, makeArticle, makeAuthor, makeMedia, makeSection, makeTag } from '../testing/factory.ts';
import { listFeedItems } from './feeds.ts';

describeEachEngine('feed queries', ({ db }) => {
  let inlineId: number;

  beforeAll(async () => {
    const news = await makeSection(db(), 'news', 0);
    const sport = await makeSection(db(), 'sport', 1);
    const housing = await makeTag(db(), 'housing');
    const zoning = await makeTag(db(), 'zoning');
    const alice = await makeAuthor(db(), 'alice');
    const bob = await makeAuthor(db(), 'bob');
    const hero = await makeMedia(db(), '/media/hero.jpg');
    await db().updateTable('media').set({ byte_size: 123_456 }).where('id', '=', hero.id).execute();
    inlineId = (await makeMedia(db(), '/demo/images/inline.jpg')).id;

    await makeArticle(db(), {
      sectionId: news.id,
      slug: 'open-story',
      publishedAt: hoursAgo(1),
      heroMediaId: hero.id,
      authorIds: [bob.id, alice.id],
      tagIds: [zoning.id, housing.id],
      body: [
        { type: 'paragraph', content: [{ text: 'First.' }] },
        { type: 'image', mediaId: inlineId, caption: 'Inline' },
      ],
    });
    await makeArticle(db(), {
      sectionId: news.id,
      slug: 'members-story',
      visibility: 'members',
      publishedAt: hoursAgo(2),
      standfirst: 'Only this.',
      authorIds: [alice.id],
      body: [{ type: 'paragraph', content: [{ text: 'Secret members text.' }] }],
    });
    for (let i = 0; i < 4; i++) await makeArticle(db(), { sectionId: sport.id, slug: `sport-${i}`, publishedAt: hoursAgo(10 + i) });
    await makeArticle(db(), { sectionId: news.id, slug: 'a-draft', status: 'draft', publishedAt: null, authorIds: [alice.id], tagIds: [housing.id] });
    await makeArticle(db(), { sectionId: news.id, slug: 'a-scheduled', status: 'scheduled', publishedAt: hoursAgo(-3), authorIds: [alice.id] });
    await makeArticle(db(), { sectionId: news.id, slug: 'taken-down', status: 'unpublished', publishedAt: hoursAgo(3), tagIds: [housing.id] });
  });

  it('lists the newest published stories of the site, within the limit', async () => {
    expect((await listFeedItems(db(), null)).map((i) => i.slug)).toEqual(['open-story', 'members-story', 'sport-0', 'sport-1', 'sport-2', 'sport-3']);
    expect((await listFeedItems(db(), null, 3)).map((i) => i.slug)).toEqual(['open-story', 'members-story', 'sport-0']);
  });

  it('lists a section, tag or author, never a draft, scheduled or unpublished story', async () => {
    expect((await listFeedItems(db(), { sectionSlug: 'news' })).map((i) => i.slug)).toEqual(['open-story', 'members-story']);
    expect((await listFeedItems(db(), { tagSlug: 'housing' })).map((i) => i.slug)).toEqual(['open-story']);
    expect((await listFeedItems(db(), { authorSlug: 'alice' })).map((i) => i.slug)).toEqual(['open-story', 'members-story']);
    expect(await listFeedItems(db(), { sectionSlug: 'no-such-section' })).toEqual([]);
  });

  it('carries bylines in order, tags, the hero file and the whole body of a public story', async () => {
    const [open] = await listFeedItems(db(), null, 1);
    expect(open!.authors.map((a) => a.slug)).toEqual(['bob', 'alice']);
    expect(open!.tags.map((t) => t.slug)).toEqual(['housing', 'zoning']);
    expect(open!.hero).toMatchObject({ src: '/media/hero.jpg', width: 1600, height: 900 });
    expect(open!.heroFile).toEqual({ mime: 'image/jpeg', byteSize: 123_456 });
    expect(open!.content?.body).toHaveLength(2);
    expect(open!.content?.media[inlineId]).toMatchObject({ src: '/demo/images/inline.jpg' });
  });

  it('never reads the body of a members-only story into a feed', async () => {
    const members = (await listFeedItems(db(), null)).find((i) => i.slug === 'members-story')!;
    expect(members.content).toBeNull();
    expect(members.standfirst).toBe('Only this.');
    expect(JSON.stringify(members)).not.toContain('Secret members text');
  });
});
