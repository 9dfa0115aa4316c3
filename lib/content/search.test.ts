import { Migrator } from 'kysely/migration';
import { beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest, migrations } from '../db/migrate.ts';
import { createArticle, saveArticle } from '../desk/save.ts';
import { publishDueArticles, transitionArticle } from '../desk/workflow-service.ts';
import type { Actor } from '../desk/workflow.ts';
import { seedDemo } from '../seed/seed.ts';
import { demoArticles } from '../seed/demo/articles/index.ts';
import { describeEachEngine } from '../testing/each-engine.ts';
import { makeArticle, makeAuthor, makeSection, makeTag, type ArticleInput } from '../testing/factory.ts';
import type { Block } from './blocks.ts';
import { writeSearchEntries } from '../db/search-adapter.ts';
import { reindexAllArticles, reindexArticle, searchDocument } from './search-index.ts';
import { searchArticles } from './search.ts';
import type { SearchHit } from './types.ts';

/*
 * Site search on real SQLite and PostgreSQL databases. Articles made with the factory are written
 * straight into the tables, so the corpus is indexed with reindexAllArticles() like the seed does;
 * the desk tests at the end go through createArticle/saveArticle/transitionArticle, which index themselves.
 */

const NOW = '2026-03-10T12:00:00.000Z';
const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.parse(NOW) - days * DAY).toISOString();
const paragraph = (text: string): Block => ({ type: 'paragraph', content: [{ text }] });
const slugs = (items: SearchHit[]) => items.map((i) => i.slug);
const snippetText = (hit: SearchHit) => hit.snippet.map((r) => r.text).join('');
const marked = (hit: SearchHit) => hit.snippet.filter((r) => r.match).map((r) => r.text.toLowerCase());

/** Unrelated stories, so that no query word is in most of the corpus (BM25 gives such words no weight). */
const FILLER = [
  'Orchard growers count a late frost',
  'Choir rehearses for the spring concert',
  'Library extends its opening hours',
  'Cyclists ask for wider lanes on the ring road',
  'Bakery wins a regional bread award',
  'Museum restores a Victorian clock',
  'School gardens bloom after volunteers dig in',
  'Night market returns to the old square',
  'Chess club takes the county title',
  'Farmers weigh the cost of fuel',
  'Theatre revives a forgotten comedy',
  'Allotment waiting list reaches record length',
  'Rowing crew trains for the estuary race',
  'Beekeepers report a strong honey harvest',
  'Cinema screens silent films with live piano',
  'Hospital opens a new maternity wing',
];

describeEachEngine('site search', ({ db }) => {
  let news = 0;
  let sport = 0;

  const story = (slug: string, input: Omit<ArticleInput, 'sectionId' | 'slug'> & { sectionId?: number }) =>
    makeArticle(db(), { sectionId: news, slug, standfirst: null, kicker: null, publishedAt: daysAgo(1), ...input });

  beforeAll(async () => {
    news = (await makeSection(db(), 'search-news')).id;
    sport = (await makeSection(db(), 'search-sport')).id;
    for (const [i, headline] of FILLER.entries()) {
      await story(`filler-${i}`, { headline, body: [paragraph(`${headline}. A quiet week in the town.`)], publishedAt: daysAgo(i + 2) });
    }

    // Relevance: the exact headline is older than stories that only mention its words.
    await story('harbour-bridge-vote', {
      headline: 'Harbour bridge vote passes after marathon debate',
      standfirst: 'Councillors back the crossing by a single vote.',
      body: [paragraph('The vote came after midnight.')],
      publishedAt: daysAgo(5),
    });
    await story('bridge-traffic', {
      headline: 'Traffic delays expected next month',
      body: [paragraph('Works near the harbour bridge will close one lane. The debate about the vote goes on.')],
      publishedAt: daysAgo(0.1),
    });
    await story('harbour-seals', {
      headline: 'Seals return to the harbour',
      body: [paragraph('Volunteers counted forty seals near the harbour bridge.')],
      publishedAt: daysAgo(0.2),
    });

    // Stemming: the stored word is "council", the query "councils".
    await story('council-budget', { headline: 'Council approves the budget', body: [paragraph('The budget passed easily.')] });

    // Sections.
    await story('lighthouse-news', { headline: 'Lighthouse keeper retires', body: [paragraph('After forty years.')] });
    await story('lighthouse-sport', { sectionId: sport, headline: 'Lighthouse run draws a record field', body: [paragraph('Runners.')] });

    // Pagination: twelve equally relevant stories a day apart.
    for (let i = 0; i < 12; i++) {
      await story(`ferry-${i}`, { headline: `Ferry timetable note ${i}`, body: [paragraph('Sailings change.')], publishedAt: daysAgo(10 + i) });
    }

    // Recency: the older story mentions the word twice, the newer once; both only in the body.
    await story('quay-older', { headline: 'Repairs on the front', body: [paragraph('The quay is closed. The quay reopens in May.')], publishedAt: daysAgo(60) });
    await story('quay-newer', { headline: 'Works on the front', body: [paragraph('The quay is closed for a week.')], publishedAt: daysAgo(1) });
    // ...but a headline match two months old still beats the newest body mention.
    await story('quay-headline', { headline: 'Quay wall to be rebuilt', body: [paragraph('Engineers report.')], publishedAt: daysAgo(61) });
    // Identical stories: only the date differs.
    await story('twin-old', { headline: 'Sandbank warning', body: [paragraph('Keep clear.')], publishedAt: daysAgo(20) });
    await story('twin-new', { headline: 'Sandbank warning', body: [paragraph('Keep clear.')], publishedAt: daysAgo(2) });

    // Members-only: the body is for members; the headline and standfirst are public.
    await story('members-smugglers', {
      headline: 'Inside the coastal smuggling trial',
      standfirst: 'What the court heard this week.',
      visibility: 'members',
      body: [paragraph('Witnesses described the zephyrine cargo and the smuggling routes in detail.')],
    });
    await story('public-quillwort', { headline: 'Rare plant found', body: [paragraph('Botanists found quillwort in the marsh.')] });

    // Not public: every status but published, and a published date still to come.
    const hidden: Array<Pick<ArticleInput, 'status' | 'publishedAt'>> = [
      { status: 'draft', publishedAt: null },
      { status: 'review', publishedAt: null },
      { status: 'scheduled', publishedAt: daysAgo(-1) },
      { status: 'unpublished', publishedAt: daysAgo(3) },
      { status: 'published', publishedAt: daysAgo(-1) },
    ];
    for (const [i, state] of hidden.entries()) {
      await story(`hidden-${i}`, { headline: `Glimmerfen story ${i}`, body: [paragraph('Glimmerfen.')], ...state });
    }
    await story('glimmerfen-public', { headline: 'Glimmerfen story public', body: [paragraph('Glimmerfen.')] });

    // Tags are searchable.
    const tag = await makeTag(db(), 'saltmarsh-restoration');
    await db().updateTable('tags').set({ name: 'Saltmarsh restoration' }).where('id', '=', tag.id).execute();
    await story('tagged-story', { headline: 'Volunteers plant cordgrass', tagIds: [tag.id], body: [paragraph('Spades out.')] });

    await reindexAllArticles(db());
  });

  const search = (q: string, extra: { section?: string; page?: number } = {}) =>
    searchArticles(db(), { q, page: extra.page ?? 1, section: extra.section, now: NOW });

  it('ranks the article whose headline is the query first, ahead of newer ones that mention its words', async () => {
    const result = await search('Harbour bridge vote passes after marathon debate');
    expect(slugs(result.items)[0]).toBe('harbour-bridge-vote');
    const hit = result.items[0]!;
    expect(hit).toMatchObject({ headline: 'Harbour bridge vote passes after marathon debate', url: '/search-news/harbour-bridge-vote' });

    const harbour = await search('harbour bridge');
    expect(slugs(harbour.items).slice(0, 3)).toEqual(['harbour-bridge-vote', 'harbour-seals', 'bridge-traffic']);
  });

  it('stems English words: "councils" finds "council", "approving" finds "approves"', async () => {
    expect(slugs((await search('councils budget')).items)).toEqual(['council-budget']);
    expect(slugs((await search('approving budgets')).items)).toEqual(['council-budget']);
  });

  it('matches the last word as a prefix while it is being typed, and folds accents', async () => {
    expect(slugs((await search('lighth')).items).sort()).toEqual(['lighthouse-news', 'lighthouse-sport']);
    expect(slugs((await search('Lîghthöuse keeper')).items)).toEqual(['lighthouse-news']);
  });

  it('searches tag names', async () => {
    expect(slugs((await search('saltmarsh')).items)).toEqual(['tagged-story']);
  });

  it('filters by section slug', async () => {
    expect(slugs((await search('lighthouse')).items).sort()).toEqual(['lighthouse-news', 'lighthouse-sport']);
    expect(slugs((await search('lighthouse', { section: 'search-sport' })).items)).toEqual(['lighthouse-sport']);
    expect((await search('lighthouse', { section: 'no-such-section' })).total).toBe(0);
  });

  it('pages ten at a time without repeating or losing a story', async () => {
    const first = await search('ferry');
    const second = await search('ferry', { page: 2 });
    expect(first).toMatchObject({ total: 12, totalPages: 2, page: 1, perPage: 10 });
    expect(first.items).toHaveLength(10);
    expect(second.items).toHaveLength(2);
    const all = [...slugs(first.items), ...slugs(second.items)];
    // Equally relevant, so newest first: ferry-0 is the newest.
    expect(all).toEqual(Array.from({ length: 12 }, (_, i) => `ferry-${i}`));
    expect((await search('ferry', { page: 3 })).items).toEqual([]);
  });

  it('prefers the newer of two similar matches, but not over a much better older match', async () => {
    expect(slugs((await search('quay')).items)).toEqual(['quay-headline', 'quay-newer', 'quay-older']);
    expect(slugs((await search('sandbank warning')).items)).toEqual(['twin-new', 'twin-old']);
  });

  it('never finds a phrase from a members-only body, and quotes only its standfirst', async () => {
    expect((await search('zephyrine')).items).toEqual([]);
    expect((await search('zephyrine cargo')).items).toEqual([]);
    // The same kind of phrase in a public body is found, and quoted with the match marked.
    const control = await search('quillwort');
    expect(slugs(control.items)).toEqual(['public-quillwort']);
    expect(marked(control.items[0]!)).toEqual(['quillwort']);

    const members = await search('smuggling');
    expect(slugs(members.items)).toEqual(['members-smugglers']);
    expect(snippetText(members.items[0]!)).toBe('What the court heard this week.');
    expect(snippetText(members.items[0]!)).not.toMatch(/witness|routes|cargo/i);
  });

  it('does not find drafts, stories in review, scheduled, unpublished or not-yet-due stories', async () => {
    expect(slugs((await search('glimmerfen')).items)).toEqual(['glimmerfen-public']);
  });

  it('marks the matched words in a body snippet as runs of plain text', async () => {
    const hit = (await search('seals')).items[0]!;
    expect(hit.slug).toBe('harbour-seals');
    expect(marked(hit)).toEqual(['seals']);
    expect(snippetText(hit)).toMatch(/^Volunteers counted forty seals near the harbour bridge\.?$/);
  });

  it('reports empty, too short and too long queries without searching', async () => {
    expect((await search('')).query.problem).toBe('empty');
    expect((await search('   ')).query.problem).toBe('empty');
    expect((await search('h')).query.problem).toBe('too-short');
    expect((await search('harbour '.repeat(30))).query.problem).toBe('too-long');
    expect((await search('one two three four five six seven eight nine ten eleven twelve thirteen')).query.problem).toBe('too-long');
    expect((await search('the of and')).query.problem).toBe('no-words');
    for (const q of ['', 'h', 'the of and']) expect((await search(q)).items).toEqual([]);
  });

  it('treats search syntax and odd input as plain words, and never throws', async () => {
    const odd = [
      '"', '""', '"harbour', '*', 'harbour*', '-harbour', 'harbour OR bridge', 'harbour AND', 'NOT harbour', 'NEAR(', 'NEAR(harbour bridge)',
      'headline:harbour', '{headline body}: harbour', '^harbour', 'harbour:*', "harbour' & '", "'", '\\', '(((', ')', '!harbour',
      'harbour <-> bridge', '%_', "'; drop table articles; --", '🚢⚓', '港口', 'ĉu ŝipo', 'Ωμέγα', 'harbour\u0000bridge', '\u0002harbour\u0003',
      'x'.repeat(199), 'a b', '0', '12', 'c++', 'e-mail', "council's",
    ];
    for (const q of odd) {
      const result = await search(q);
      expect(result.items.length, q).toBeLessThanOrEqual(10);
    }
    expect(slugs((await search('"harbour bridge vote"')).items)[0]).toBe('harbour-bridge-vote');
    // NEAR is a word here, not an operator: only the stories with "near" in them match.
    expect(slugs((await search('NEAR(harbour bridge)')).items).sort()).toEqual(['bridge-traffic', 'harbour-seals']);
    expect(slugs((await search("council's budget")).items)).toEqual(['council-budget']);
  });

  it('gives the same order on both engines for a fixed dataset', async () => {
    // One list for both engines: each engine's run of this test checks against it.
    expect(slugs((await search('harbour')).items)).toEqual(['harbour-seals', 'harbour-bridge-vote', 'bridge-traffic']);
    expect(slugs((await search('harbour bridge')).items)).toEqual(['harbour-bridge-vote', 'harbour-seals', 'bridge-traffic']);
    expect(slugs((await search('vote')).items)).toEqual(['harbour-bridge-vote', 'bridge-traffic']);
    expect(slugs((await search('quay')).items)).toEqual(['quay-headline', 'quay-newer', 'quay-older']);
  });

  it('keeps the newest version when reindexes overlap, and never fails on a race', async () => {
    const { id } = await story('race-story', { headline: 'Race story', body: [paragraph('Plain.')] });
    const doc = (version: number, word: string) =>
      searchDocument({ id, version, headline: 'Race story', standfirst: null, body: JSON.stringify([paragraph(word)]), visibility: 'public' }, []);
    await writeSearchEntries(db(), [doc(3, 'newerword')]);
    await writeSearchEntries(db(), [doc(2, 'olderword')]);
    expect(slugs((await search('newerword')).items)).toEqual(['race-story']);
    expect((await search('olderword')).items).toEqual([]);
    // Several saves of one article finishing together each reindex it.
    await db().updateTable('articles').set({ version: 4 }).where('id', '=', id).execute();
    await Promise.all([1, 2, 3, 4].map(() => reindexArticle(db(), id)));
    expect(slugs((await search('plain race')).items)).toEqual(['race-story']);
  });

  describe('through the desk', () => {
    const editor: Actor = { id: 'editor-search', name: 'Edna Editor', role: 'editor' };
    let author = '';
    beforeAll(async () => {
      author = (await makeAuthor(db())).slug;
    });
    const fields = (headline: string, text: string) => ({
      headline,
      section: 'search-news',
      authors: [author],
      body: [paragraph(text)],
    });
    // The desk dates things with the real clock.
    const live = (q: string) => searchArticles(db(), { q, page: 1 });

    it('finds the new words and not the old after an edit, and forgets an unpublished story', async () => {
      const { article } = await createArticle(db(), fields('Marram grass planted', 'Volunteers planted bluewhistle seedlings.'), { actor: editor });
      expect((await live('bluewhistle')).items).toEqual([]); // a draft
      await transitionArticle(db(), article.id, 'publish', { actor: editor });
      expect(slugs((await live('bluewhistle')).items)).toEqual([article.fields.slug]);

      await saveArticle(db(), article.id, fields('Marram grass planted', 'Volunteers planted copperwick seedlings.'), { actor: editor, expectedVersion: 2 });
      expect((await live('bluewhistle')).items).toEqual([]);
      expect(slugs((await live('copperwick')).items)).toEqual([article.fields.slug]);

      await transitionArticle(db(), article.id, 'unpublish', { actor: editor });
      expect((await live('copperwick')).items).toEqual([]);
    });

    it('stops matching a body once the article becomes members-only', async () => {
      const { article } = await createArticle(db(), fields('Dune survey', 'Surveyors mapped the ravelstone ridge.'), { actor: editor });
      await transitionArticle(db(), article.id, 'publish', { actor: editor });
      expect(slugs((await live('ravelstone')).items)).toEqual([article.fields.slug]);
      await saveArticle(db(), article.id, { ...fields('Dune survey', 'Surveyors mapped the ravelstone ridge.'), visibility: 'members' }, { actor: editor, expectedVersion: 2 });
      expect((await live('ravelstone')).items).toEqual([]);
      expect(slugs((await live('dune survey')).items)).toEqual([article.fields.slug]);
    });

    it('finds a scheduled story once the scheduler publishes it', async () => {
      const { article } = await createArticle(db(), fields('Tide gauge upgrade', 'The saltwick gauge gets a new sensor.'), { actor: editor });
      const soon = new Date(Date.now() + 60_000).toISOString();
      await transitionArticle(db(), article.id, 'schedule', { actor: editor, publishAt: soon });
      expect((await live('saltwick')).items).toEqual([]);
      await publishDueArticles(db(), new Date(Date.now() + 120_000).toISOString());
      const later = await searchArticles(db(), { q: 'saltwick', page: 1, now: new Date(Date.now() + 180_000).toISOString() });
      expect(slugs(later.items)).toEqual([article.fields.slug]);
    });
  });
});

describeEachEngine('site search over the demo publication', ({ db }) => {
  beforeAll(async () => {
    await seedDemo(db());
  });

  it('is indexed by the seed: a demo headline finds its article first', async () => {
    const article = demoArticles.find((a) => a.status === 'published' && a.visibility === 'public' && a.publishedHoursAgo > 0)!;
    const result = await searchArticles(db(), { q: article.headline, page: 1 });
    expect(result.items[0]?.slug).toBe(article.slug);
  });

  it('finds "harbour" stories, each showing where: headline, marked snippet, or (members-only) its standfirst', async () => {
    const result = await searchArticles(db(), { q: 'harbour', page: 1 });
    expect(result.total).toBeGreaterThan(0);
    for (const hit of result.items) {
      if (hit.visibility === 'members') {
        expect(snippetText(hit), hit.slug).toBe(hit.standfirst ?? '');
      } else {
        expect(/harbour/i.test(hit.headline) || hit.snippet.some((r) => r.match), hit.slug).toBe(true);
      }
    }
  });
});

describeEachEngine('site search migration', ({ db }) => {
  it('indexes the articles that existed before it ran', async () => {
    const migrator = new Migrator({ db: db(), provider: { getMigrations: async () => migrations(db()) } });
    const down = await migrator.migrateTo('003_newsroom_desk');
    if (down.error) throw down.error;
    const section = await makeSection(db());
    await makeArticle(db(), { sectionId: section.id, headline: 'Old story about the pelorus beacon' });
    await migrateToLatest(db());
    expect((await searchArticles(db(), { q: 'pelorus', page: 1 })).items.map((i) => i.headline)).toEqual(['Old story about the pelorus beacon']);
  });
});
