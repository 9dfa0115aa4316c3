import type { APIRequestContext, APIResponse } from '@playwright/test';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser } from 'fast-xml-parser';
import robotsParser from 'robots-parser';
import { demoArticles } from '../lib/seed/demo/articles/index.ts';
import { expect, test } from './fixtures';

/*
 * What crawlers and feed readers fetch, over real HTTP from the production build: robots.txt (parsed with
 * a robots parser), the sitemap index and its sitemaps, the feeds (parsed with a feed parser), their
 * types and validators (ETag → 304, HEAD), and that no draft, scheduled or unpublished story leaks.
 * Schema validation of the documents is in lib/sitemaps/validate.test.ts; here we check the wiring.
 */

const hidden = demoArticles.filter((a) => a.status !== 'published');
const hiddenSections = [...new Set(hidden.map((a) => a.section))];
const XML = 'application/xml; charset=utf-8';
const RSS = 'application/rss+xml; charset=utf-8';
const CACHE_CONTROL = 'public, max-age=0, s-maxage=300, stale-while-revalidate=60';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['url', 'sitemap'].includes(name) });
const sitemapLocs = (body: string): string[] => {
  const doc = xml.parse(body) as { sitemapindex?: { sitemap: { loc: string }[] }; urlset?: { url?: { loc: string }[] } };
  return (doc.sitemapindex?.sitemap ?? doc.urlset?.url ?? []).map((entry) => entry.loc);
};
const pathOf = (url: string) => new URL(url).pathname;

async function ok(request: APIRequestContext, path: string, contentType: string): Promise<APIResponse> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type'], path).toBe(contentType);
  return response;
}

/**
 * A second request with the ETag gets 304 and no body. Other specs publish stories meanwhile, and a
 * changed document rightly answers 200 with a new ETag: then ask again with that one.
 */
async function expectRevalidates(request: APIRequestContext, path: string) {
  let etag = (await request.get(path)).headers()['etag'];
  for (let attempt = 0; attempt < 5; attempt++) {
    expect(etag, `${path} has an ETag`).toMatch(/^"[\w-]+"$/);
    const again = await request.get(path, { headers: { 'If-None-Match': etag! } });
    if (again.status() === 304) {
      expect(await again.body()).toHaveLength(0);
      expect(again.headers()['etag']).toBe(etag);
      return;
    }
    expect(again.status(), path).toBe(200);
    expect(again.headers()['etag'], `${path}: a 200 to If-None-Match must carry a different ETag`).not.toBe(etag);
    etag = again.headers()['etag'];
  }
  throw new Error(`${path} never answered 304`);
}

/** HEAD answers like GET, with the same validators and no body. */
async function expectHead(request: APIRequestContext, path: string, contentType: string) {
  const head = await request.head(path);
  expect(head.status(), path).toBe(200);
  expect(head.headers()['content-type'], path).toBe(contentType);
  expect(head.headers()['etag'], path).toMatch(/^"[\w-]+"$/);
  expect(head.headers()['cache-control'], path).toBe(CACHE_CONTROL);
  expect(await head.body()).toHaveLength(0);
}

test('robots.txt lets crawlers into public pages, keeps them out of the desk, APIs, previews and search, and names the sitemap', async ({
  request,
  baseURL,
}) => {
  const response = await ok(request, '/robots.txt', 'text/plain; charset=utf-8');
  const robots = robotsParser(`${baseURL}/robots.txt`, await response.text());
  const published = demoArticles.find((a) => a.status === 'published')!;
  for (const path of ['/', `/${published.section}`, `/${published.section}/${published.slug}`, '/tag/weather', '/feeds/rss.xml', '/sitemap.xml']) {
    expect(robots.isAllowed(`${baseURL}${path}`, 'Googlebot'), path).toBe(true);
  }
  for (const path of ['/desk', '/desk/articles', '/api/v1/articles/1', '/preview/share/x', '/search?q=harbour']) {
    expect(robots.isDisallowed(`${baseURL}${path}`, 'Googlebot'), path).toBe(true);
  }
  expect(robots.getSitemaps()).toEqual([`${baseURL}/sitemap.xml`]);
  await expectHead(request, '/robots.txt', 'text/plain; charset=utf-8');
});

test('the sitemap index and its sitemaps are served as XML with validators, and 404 past the last chunk', async ({ request }) => {
  const index = await ok(request, '/sitemap.xml', XML);
  expect(index.headers()['cache-control']).toBe(CACHE_CONTROL);
  expect(Date.parse(index.headers()['last-modified'] ?? '')).not.toBeNaN();
  const listed = sitemapLocs(await index.text()).map(pathOf);
  expect(listed).toEqual(expect.arrayContaining(['/sitemaps/articles-1.xml', '/sitemaps/sections.xml', '/sitemaps/tags.xml', '/sitemaps/authors.xml', '/sitemaps/news.xml']));

  const chunk = await ok(request, '/sitemaps/articles-1.xml', XML);
  const locs = sitemapLocs(await chunk.text());
  expect(locs.length).toBeGreaterThan(0);
  expect(locs.length).toBeLessThanOrEqual(50_000);
  // A listed URL is a page that answers.
  expect((await request.get(pathOf(locs[0]!))).status()).toBe(200);

  const chunks = listed.filter((p) => p.startsWith('/sitemaps/articles-')).length;
  for (const missing of [`/sitemaps/articles-${chunks + 1}.xml`, '/sitemaps/articles-0.xml', '/sitemaps/videos.xml', '/sitemaps/news']) {
    expect((await request.get(missing)).status(), missing).toBe(404);
  }
  for (const path of ['/sitemap.xml', '/sitemaps/articles-1.xml', '/sitemaps/news.xml']) {
    await expectRevalidates(request, path);
    await expectHead(request, path, XML);
  }
});

test('the site, section, tag and author feeds parse as RSS; the JSON Feed as JSON Feed 1.1', async ({ request, baseURL }) => {
  const site = parseFeed(await (await ok(request, '/feeds/rss.xml', RSS)).text());
  expect(site.self).toBe(`${baseURL}/feeds/rss.xml`);
  expect(site.items.length).toBeGreaterThan(0);
  expect(site.items.length).toBeLessThanOrEqual(50);
  for (const item of site.items) {
    expect(item.id).toBe(item.url);
    expect(item.published).toBeInstanceOf(Date);
    expect(item.categories.length).toBeGreaterThan(0);
  }

  const section = demoArticles.find((a) => a.status === 'published')!.section;
  const sectionFeed = parseFeed(await (await ok(request, `/feeds/section/${section}.xml`, RSS)).text());
  expect(sectionFeed.items.length).toBeGreaterThan(0);
  for (const item of sectionFeed.items) expect(pathOf(item.url!)).toMatch(new RegExp(`^/${section}/`));

  const tag = demoArticles.find((a) => a.status === 'published' && a.tags.length > 0)!.tags[0]!;
  expect(parseFeed(await (await ok(request, `/feeds/tag/${tag}.xml`, RSS)).text()).items.length).toBeGreaterThan(0);
  const author = demoArticles.find((a) => a.status === 'published' && a.authors.length > 0)!.authors[0]!;
  expect(parseFeed(await (await ok(request, `/feeds/author/${author}.xml`, RSS)).text()).items.length).toBeGreaterThan(0);

  const json = (await (await ok(request, '/feeds/feed.json', 'application/feed+json')).json()) as { version: string; items: { id: string }[] };
  expect(json.version).toBe('https://jsonfeed.org/version/1.1');
  expect(json.items.length).toBeGreaterThan(0);

  for (const missing of ['/feeds/section/no-such-section.xml', '/feeds/tag/no-such-tag.xml', '/feeds/author/nobody.xml', '/feeds/podcast/news.xml', `/feeds/section/${section}.json`]) {
    expect((await request.get(missing)).status(), missing).toBe(404);
  }
  for (const path of ['/feeds/rss.xml', `/feeds/section/${section}.xml`]) {
    await expectRevalidates(request, path);
    await expectHead(request, path, RSS);
  }
  await expectRevalidates(request, '/feeds/feed.json');
  await expectHead(request, '/feeds/feed.json', 'application/feed+json');
});

test('no draft, scheduled or unpublished story appears in any sitemap or feed', async ({ request }) => {
  expect(hidden.map((a) => a.status)).toEqual(expect.arrayContaining(['draft', 'scheduled', 'unpublished']));
  const sitemaps = sitemapLocs(await (await request.get('/sitemap.xml')).text()).map(pathOf);
  const documents = [
    ...sitemaps,
    '/feeds/rss.xml',
    '/feeds/feed.json',
    ...hiddenSections.map((s) => `/feeds/section/${s}.xml`),
    ...[...new Set(hidden.flatMap((a) => a.tags))].map((t) => `/feeds/tag/${t}.xml`),
    ...[...new Set(hidden.flatMap((a) => a.authors))].map((s) => `/feeds/author/${s}.xml`),
  ];
  for (const path of documents) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const body = await response.text();
    for (const a of hidden) expect(body, `${a.status} ${a.slug} in ${path}`).not.toContain(`/${a.section}/${a.slug}`);
  }
});
