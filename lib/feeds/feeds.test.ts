import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/each-engine.ts';
import { hoursAgo, makeArticle, makeAuthor, makeMedia, makeSection, makeTag } from '../testing/factory.ts';
import { jsonFeedDocument, parseFeedFile, rssDocument } from './documents.ts';
import { JSON_FEED_VERSION, type JsonFeed } from './json-feed.ts';

/*
 * Feeds rendered from a seeded database exactly as the routes serve them, read back with a maintained
 * feed parser (RSS) and JSON.parse (JSON Feed): what a feed reader sees, not what the strings look like.
 */

const site = { url: 'https://news.example.com', name: 'The Meridian', locale: 'en-GB' };
const NASTY_HEADLINE = `Q&A: "Tides" <rising> ]]> again`;
const NASTY_TEXT = `Use <b>tags</b> & "quotes"; end a CDATA with ]]> then carry on.`;
const SECRET = 'Secret members-only paragraph.';

/** The items as XML, without any HTML decoding: content:encoded exactly as feed readers receive it. */
const rawItems = (xml: string) =>
  (new XMLParser({ isArray: (name) => name === 'item' }).parse(xml) as { rss: { channel: { item: Record<string, string>[] } } }).rss.channel.item;

describeEachEngine('feeds rendered from the database', ({ db }) => {
  beforeAll(async () => {
    const news = await makeSection(db(), 'news', 0);
    const sport = await makeSection(db(), 'sport', 1);
    const harbour = await makeTag(db(), 'harbour');
    await db().updateTable('tags').set({ name: 'Harbour & Docks' }).where('id', '=', harbour.id).execute();
    const alice = await makeAuthor(db(), 'alice');
    const bob = await makeAuthor(db(), 'bob');
    const sized = await makeMedia(db(), '/media/sized.jpg');
    await db().updateTable('media').set({ byte_size: 98_765, mime: 'image/webp' }).where('id', '=', sized.id).execute();
    const unsized = await makeMedia(db(), '/demo/images/harbour-dawn.jpg');

    await makeArticle(db(), {
      sectionId: news.id,
      slug: 'nasty',
      headline: NASTY_HEADLINE,
      standfirst: 'Standfirst with <angle> & "quotes".',
      publishedAt: hoursAgo(1),
      heroMediaId: sized.id,
      authorIds: [alice.id, bob.id],
      tagIds: [harbour.id],
      body: [
        { type: 'paragraph', content: [{ text: NASTY_TEXT }, { text: 'a link', href: '/sport/p' }] },
        { type: 'heading', level: 2, text: 'Sub & head' },
      ],
    });
    await makeArticle(db(), {
      sectionId: news.id,
      slug: 'members',
      visibility: 'members',
      standfirst: 'What members will read about.',
      publishedAt: hoursAgo(2),
      heroMediaId: unsized.id,
      authorIds: [bob.id],
      body: [{ type: 'paragraph', content: [{ text: SECRET }] }],
    });
    await makeArticle(db(), { sectionId: sport.id, slug: 'sport-story', publishedAt: hoursAgo(3), standfirst: null });
    await makeArticle(db(), { sectionId: news.id, slug: 'a-draft', status: 'draft', publishedAt: null, tagIds: [harbour.id], authorIds: [alice.id] });
    await makeArticle(db(), { sectionId: news.id, slug: 'a-scheduled', status: 'scheduled', publishedAt: hoursAgo(-4), authorIds: [alice.id] });
    await makeArticle(db(), { sectionId: news.id, slug: 'taken-down', status: 'unpublished', publishedAt: hoursAgo(5), tagIds: [harbour.id] });
  });

  const rss = async (subject: Parameters<typeof rssDocument>[2]) => {
    const doc = await rssDocument(db(), site, subject);
    if (!doc) throw new Error('no feed');
    return { doc, feed: parseFeed(doc.body) };
  };

  it('the site RSS feed has the channel, self link and newest published stories only', async () => {
    const { doc, feed } = await rss(null);
    expect(feed.meta.type).toBe('rss');
    expect(feed.title).toBe('The Meridian');
    expect(feed.url).toBe('https://news.example.com/');
    expect(feed.self).toBe('https://news.example.com/feeds/rss.xml');
    expect(feed.language).toBe('en-gb');
    expect(feed.items.map((i) => i.url)).toEqual([
      'https://news.example.com/news/nasty',
      'https://news.example.com/news/members',
      'https://news.example.com/sport/sport-story',
    ]);
    // lastBuildDate and Last-Modified: the newest change among the items.
    expect(feed.updated?.getTime()).toBe(Math.floor(Date.parse(doc.lastModified!) / 1000) * 1000);
    for (const hidden of ['a-draft', 'a-scheduled', 'taken-down']) expect(doc.body).not.toContain(hidden);
  });

  it('items carry guid, pubDate, categories, bylines and the hero as an enclosure', async () => {
    const { doc, feed } = await rss(null);
    const [nasty, members, sport] = feed.items;
    expect(nasty!.id).toBe('https://news.example.com/news/nasty');
    expect(doc.body).toContain('<guid isPermaLink="true">https://news.example.com/news/nasty</guid>');
    expect(Date.now() - nasty!.published!.getTime()).toBeGreaterThan(3_590_000);
    expect(Date.now() - nasty!.published!.getTime()).toBeLessThan(3_700_000);
    expect(nasty!.categories.map((c) => [c.label, c.url])).toEqual([
      ['NEWS', 'https://news.example.com/news'],
      ['Harbour & Docks', 'https://news.example.com/tag/harbour'],
    ]);
    expect(nasty!.authors.map((a) => a.name)).toEqual(['Author alice', 'Author bob']);
    expect(nasty!.media).toEqual([
      expect.objectContaining({ url: 'https://news.example.com/media/sized.jpg', length: 98_765, mimeType: 'image/webp', type: 'image' }),
    ]);
    // Size unknown (demo images): 0, the convention for an unknown length.
    expect(members!.media).toEqual([expect.objectContaining({ url: 'https://news.example.com/demo/images/harbour-dawn.jpg', length: 0 })]);
    expect(sport!.media).toEqual([]);
    expect(sport!.description).toBeNull();
  });

  it('escapes headlines and bodies: <, &, quotes and ]]> reach the reader as text', async () => {
    const { doc, feed } = await rss(null);
    const nasty = feed.items[0]!;
    expect(nasty.title).toBe(NASTY_HEADLINE);
    expect(nasty.description).toBe('Standfirst with <angle> & "quotes".');
    // content:encoded carries HTML: read at the XML level (the feed parser decodes HTML entities too), the
    // stored text is escaped once inside it and never becomes markup. Its "]]>" is "]]&gt;" in the HTML, so it
    // cannot end the CDATA section (cdata() splits a literal one anyway: lib/xml/escape.test.ts).
    expect(rawItems(doc.body)[0]!['content:encoded']).toBe(
      '<p>Use &lt;b&gt;tags&lt;/b&gt; &amp; &quot;quotes&quot;; end a CDATA with ]]&gt; then carry on.' +
        '<a href="https://news.example.com/sport/p">a link</a></p><h2>Sub &amp; head</h2>',
    );
  });

  it('members-only items carry the standfirst and nothing of the body', async () => {
    const { doc, feed } = await rss(null);
    expect(feed.items[1]!.description).toBe('What members will read about.');
    expect(rawItems(doc.body).map((i) => i['content:encoded'] !== undefined)).toEqual([true, false, true]);
    expect(doc.body).not.toContain(SECRET);
  });

  it('section, tag and author feeds list their own stories; unknown ones are null (404)', async () => {
    const section = await rss({ kind: 'section', slug: 'news' });
    expect(section.feed.title).toBe('The Meridian: NEWS');
    expect(section.feed.self).toBe('https://news.example.com/feeds/section/news.xml');
    expect(section.feed.url).toBe('https://news.example.com/news');
    expect(section.feed.items.map((i) => i.url)).toEqual(['https://news.example.com/news/nasty', 'https://news.example.com/news/members']);

    const tag = await rss({ kind: 'tag', slug: 'harbour' });
    expect(tag.feed.title).toBe('The Meridian: Harbour & Docks');
    expect(tag.feed.items.map((i) => i.url)).toEqual(['https://news.example.com/news/nasty']);

    const author = await rss({ kind: 'author', slug: 'bob' });
    expect(author.feed.url).toBe('https://news.example.com/author/bob');
    expect(author.feed.items.map((i) => i.url)).toEqual(['https://news.example.com/news/nasty', 'https://news.example.com/news/members']);

    for (const kind of ['section', 'tag', 'author'] as const) expect(await rssDocument(db(), site, { kind, slug: 'nobody' })).toBeNull();
    // An existing section without published stories has a feed, empty.
    const empty = await makeSection(db(), 'quiet', 5);
    expect(parseFeed((await rssDocument(db(), site, { kind: 'section', slug: empty.slug }))!.body).items).toEqual([]);
  });

  it('the JSON Feed follows version 1.1: ids, content_html or content_text, summary, image, authors, tags, dates', async () => {
    const doc = await jsonFeedDocument(db(), site);
    const feed = JSON.parse(doc.body) as JsonFeed;
    expect(feed).toMatchObject({
      version: JSON_FEED_VERSION,
      title: 'The Meridian',
      home_page_url: 'https://news.example.com/',
      feed_url: 'https://news.example.com/feeds/feed.json',
      language: 'en-GB',
    });
    expect(feed.items.map((i) => i.id)).toEqual([
      'https://news.example.com/news/nasty',
      'https://news.example.com/news/members',
      'https://news.example.com/sport/sport-story',
    ]);
    const [nasty, members, sport] = feed.items;
    expect(nasty).toMatchObject({
      title: NASTY_HEADLINE,
      summary: 'Standfirst with <angle> & "quotes".',
      image: 'https://news.example.com/media/sized.jpg',
      authors: [
        { name: 'Author alice', url: 'https://news.example.com/author/alice' },
        { name: 'Author bob', url: 'https://news.example.com/author/bob' },
      ],
      tags: ['NEWS', 'Harbour & Docks'],
    });
    expect(nasty!.content_html).toContain('&lt;b&gt;tags&lt;/b&gt; &amp; &quot;quotes&quot;; end a CDATA with ]]&gt;');
    expect(nasty!.content_text).toBeUndefined();
    expect(members).toMatchObject({ content_text: 'What members will read about.', summary: 'What members will read about.' });
    expect(members!.content_html).toBeUndefined();
    expect(doc.body).not.toContain(SECRET);
    // Every item has content_html or content_text (the spec requires one); no standfirst → the headline.
    expect(sport!.content_html ?? sport!.content_text).toBeTruthy();
    for (const item of feed.items) {
      expect(new Date(item.date_published).toISOString()).toBe(item.date_published);
      expect(Date.parse(item.date_modified)).toBeGreaterThanOrEqual(Date.parse(item.date_published) - 1);
    }
  });

  it('feed file names are slugs with .xml', () => {
    expect(parseFeedFile('climate.xml')).toBe('climate');
    for (const bad of ['climate', 'Climate.xml', '../x.xml', 'a b.xml', '.xml', 'x.json']) expect(parseFeedFile(bad), bad).toBeNull();
  });
});
