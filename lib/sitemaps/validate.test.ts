import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoArticles } from '../seed/demo/articles/index.ts';
import { seedDemo } from '../seed/seed.ts';
import { describeEachEngine } from '../testing/each-engine.ts';
import { hoursAgo, makeArticle, makeMedia } from '../testing/factory.ts';
import { parseSitemapFile, sitemapDocument, sitemapIndexDocument, type SitemapName } from './documents.ts';
import { NS } from './render.ts';

/*
 * Every sitemap, rendered from a seeded database exactly as the routes serve it, validated with xmllint:
 * - index: sitemaps.org's <loc>/<lastmod> types, sitemapindex structure (schema/siteindex.xsd);
 * - sections, tags, authors: the unmodified sitemaps.org schema from the `sitemap` npm package;
 * - articles and news: that schema plus the image and news extensions (schema/urlset.xsd), since
 *   sitemaps.org processes extension elements strictly.
 * Then the extensions are parsed and checked against Google's documented required fields.
 * xmllint comes from Debian's libxml2-utils (.ci/run installs it); without it locally the XSD checks skip.
 */

const xmllint = spawnSync('xmllint', ['--version']).status === 0;
if (!xmllint) {
  if (process.env.CI) throw new Error('xmllint is required in CI (Debian package libxml2-utils; .ci/run installs it)');
  console.warn('Skipping sitemap XSD validation: xmllint not found (apt-get install libxml2-utils).');
}

const SCHEMAS = path.join(import.meta.dirname, 'schema');
const SITEMAPS_ORG_XSD = path.join(path.dirname(createRequire(import.meta.url).resolve('sitemap/package.json')), 'schema', 'sitemap.xsd');
const CHUNK = 10;
const site = { url: 'https://news.example.com', name: 'The Meridian & Co', locale: 'en-GB' };
const NASTY = `Q&A: "Tides" <rising> ]]> again & 'again'`;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sitemaps-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

let fileCount = 0;
function validate(xml: string, xsd: string): { ok: boolean; output: string } {
  const file = path.join(tmp, `doc-${++fileCount}.xml`);
  fs.writeFileSync(file, xml);
  const run = spawnSync('xmllint', ['--nonet', '--noout', '--schema', xsd, file], { encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

function expectValid(xml: string, xsd: string) {
  if (!xmllint) return;
  const result = validate(xml, xsd);
  expect(result.output, result.output).toContain('validates');
  expect(result.ok).toBe(true);
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  isArray: (name) => ['url', 'sitemap', 'image:image'].includes(name),
});

interface ParsedUrl {
  loc: string;
  lastmod?: string;
  'image:image'?: { 'image:loc': string }[];
  'news:news'?: {
    'news:publication': { 'news:name': string; 'news:language': string };
    'news:publication_date': string;
    'news:title': string;
  };
}
const urlsOf = (xml: string): ParsedUrl[] => (parser.parse(xml) as { urlset: { url?: ParsedUrl[] } }).urlset.url ?? [];
const pathOf = (loc: string) => new URL(loc).pathname;

const published = demoArticles.filter((a) => a.status === 'published');
const hiddenSlugs = demoArticles.filter((a) => a.status !== 'published').map((a) => a.slug);

it('has the sitemaps.org schema from the sitemap package, and xmllint rejects what it should', () => {
  expect(fs.existsSync(SITEMAPS_ORG_XSD), SITEMAPS_ORG_XSD).toBe(true);
  // urlset.xsd and siteindex.xsd reach it by a relative path into node_modules.
  expect(fs.realpathSync(path.join(SCHEMAS, '../../../node_modules/sitemap/schema/sitemap.xsd'))).toBe(fs.realpathSync(SITEMAPS_ORG_XSD));
  if (!xmllint) return;
  const relative = `<?xml version="1.0"?><urlset xmlns="${NS.sitemap}"><url><loc>/news/x</loc></url></urlset>`;
  expect(validate(relative, SITEMAPS_ORG_XSD).ok).toBe(false);
  const noTitle = `<?xml version="1.0"?><urlset xmlns="${NS.sitemap}" xmlns:news="${NS.news}"><url><loc>https://news.example.com/a</loc><news:news><news:publication><news:name>X</news:name><news:language>en</news:language></news:publication><news:publication_date>2024-05-01</news:publication_date></news:news></url></urlset>`;
  expect(validate(noTitle, path.join(SCHEMAS, 'urlset.xsd')).ok).toBe(false);
  const extensionWithoutSchema = noTitle.replace('</news:publication_date>', '</news:publication_date><news:title>T</news:title>');
  expect(validate(extensionWithoutSchema, path.join(SCHEMAS, 'urlset.xsd')).ok).toBe(true);
  expect(validate(extensionWithoutSchema, SITEMAPS_ORG_XSD).ok).toBe(false);
});

describeEachEngine('sitemaps rendered from the demo publication', ({ db }) => {
  const docs = new Map<string, string>();
  let listed: string[] = [];

  beforeAll(async () => {
    await seedDemo(db(), { force: true });
    // A story whose headline has everything XML needs escaped, with a hero, in the news window.
    const hero = await makeMedia(db(), '/media/0123abcd-hero.webp');
    const news = await db().selectFrom('sections').select('id').where('slug', '=', 'news').executeTakeFirstOrThrow();
    await makeArticle(db(), { sectionId: news.id, slug: 'nasty-headline', headline: NASTY, publishedAt: hoursAgo(0.25), heroMediaId: hero.id });

    const index = await sitemapIndexDocument(db(), site, { chunkSize: CHUNK });
    docs.set('/sitemap.xml', index.body);
    listed = (parser.parse(index.body) as { sitemapindex: { sitemap: { loc: string }[] } }).sitemapindex.sitemap.map((s) => pathOf(s.loc));
    for (const p of listed) {
      const name = parseSitemapFile(p.replace('/sitemaps/', ''));
      expect(name, p).not.toBeNull();
      const doc = await sitemapDocument(db(), site, name as SitemapName, { chunkSize: CHUNK });
      expect(doc, p).not.toBeNull();
      docs.set(p, doc!.body);
    }
  });

  it('the index is valid and lists every chunk, the fronts, tags, authors and news', () => {
    expectValid(docs.get('/sitemap.xml')!, path.join(SCHEMAS, 'siteindex.xsd'));
    const chunks = Math.ceil((published.length + 1) / CHUNK);
    expect(listed).toEqual([
      ...Array.from({ length: chunks }, (_, i) => `/sitemaps/articles-${i + 1}.xml`),
      '/sitemaps/sections.xml',
      '/sitemaps/tags.xml',
      '/sitemaps/authors.xml',
      '/sitemaps/news.xml',
    ]);
    const entries = (parser.parse(docs.get('/sitemap.xml')!) as { sitemapindex: { sitemap: { lastmod?: string }[] } }).sitemapindex.sitemap;
    for (const e of entries) expect(e.lastmod).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('article sitemaps are valid, hold every published story once and nothing else', async () => {
    const chunkPaths = listed.filter((p) => p.startsWith('/sitemaps/articles-'));
    const locs: string[] = [];
    for (const p of chunkPaths) {
      expectValid(docs.get(p)!, path.join(SCHEMAS, 'urlset.xsd'));
      const urls = urlsOf(docs.get(p)!);
      expect(urls.length).toBeLessThanOrEqual(CHUNK);
      for (const u of urls) expect(u.lastmod).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      locs.push(...urls.map((u) => pathOf(u.loc)));
    }
    expect(locs.toSorted()).toEqual([...published.map((a) => `/${a.section}/${a.slug}`), '/news/nasty-headline'].toSorted());
    for (const slug of hiddenSlugs) expect(locs.join(' ')).not.toContain(slug);
    // Past the last chunk there is no sitemap (the route answers 404).
    expect(await sitemapDocument(db(), site, { kind: 'articles', page: chunkPaths.length + 1 }, { chunkSize: CHUNK })).toBeNull();
  });

  it('article entries carry their hero as an absolute image:loc (Google image sitemaps)', () => {
    const images = new Map<string, string[]>();
    for (const p of listed.filter((l) => l.startsWith('/sitemaps/articles-'))) {
      for (const u of urlsOf(docs.get(p)!)) images.set(pathOf(u.loc), (u['image:image'] ?? []).map((i) => i['image:loc']));
    }
    for (const a of published) {
      const expected = a.hero ? [`${site.url}/demo/images/${a.hero.image}.jpg`] : [];
      expect(images.get(`/${a.section}/${a.slug}`), a.slug).toEqual(expected);
    }
    expect(images.get('/news/nasty-headline')).toEqual([`${site.url}/media/0123abcd-hero.webp`]);
  });

  it('sections, tags and authors sitemaps are valid against the sitemaps.org schema and list only what has published stories', () => {
    for (const p of ['/sitemaps/sections.xml', '/sitemaps/tags.xml', '/sitemaps/authors.xml']) expectValid(docs.get(p)!, SITEMAPS_ORG_XSD);
    const locs = (p: string) => urlsOf(docs.get(p)!).map((u) => pathOf(u.loc));
    const unique = (values: string[]) => [...new Set(values)].toSorted();
    expect(locs('/sitemaps/sections.xml')[0]).toBe('/');
    expect(locs('/sitemaps/sections.xml').slice(1).toSorted()).toEqual(unique(published.map((a) => `/${a.section}`)));
    expect(locs('/sitemaps/tags.xml').toSorted()).toEqual(unique(published.flatMap((a) => a.tags.map((t) => `/tag/${t}`))));
    expect(locs('/sitemaps/authors.xml').toSorted()).toEqual(unique(published.flatMap((a) => a.authors.map((s) => `/author/${s}`))));
  });

  it('the news sitemap is valid and has Google News’ required fields for the last 48 hours only', () => {
    const xml = docs.get('/sitemaps/news.xml')!;
    expectValid(xml, path.join(SCHEMAS, 'urlset.xsd'));
    const urls = urlsOf(xml);
    const expected = published.filter((a) => a.publishedHoursAgo < 48).map((a) => `/${a.section}/${a.slug}`);
    expect(urls.map((u) => pathOf(u.loc)).toSorted()).toEqual([...expected, '/news/nasty-headline'].toSorted());
    expect(urls.length).toBeLessThanOrEqual(1000);
    for (const u of urls) {
      const news = u['news:news']!;
      expect(news['news:publication']).toEqual({ 'news:name': 'The Meridian & Co', 'news:language': 'en' });
      const age = Date.now() - Date.parse(news['news:publication_date']);
      expect(age).toBeGreaterThanOrEqual(0);
      expect(age).toBeLessThan(48 * 3_600_000);
      expect(news['news:title'].length).toBeGreaterThan(0);
    }
    expect(urls.find((u) => pathOf(u.loc) === '/news/nasty-headline')!['news:news']!['news:title']).toBe(NASTY);
  });
});
