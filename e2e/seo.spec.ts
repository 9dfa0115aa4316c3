import type { APIRequestContext, Page } from '@playwright/test';
import sharp from 'sharp';
import { createDb } from '../lib/db/connection.ts';
import { demoArticles } from '../lib/seed/demo/articles/index.ts';
import { demoAuthors } from '../lib/seed/demo/authors.ts';
import { demoSections } from '../lib/seed/demo/sections.ts';
import { demoTags } from '../lib/seed/demo/tags.ts';
import { apiToken } from './api-tokens.ts';
import { E2E_DATABASE_URL } from './database-url.ts';
import { ARTICLE_WITH_EVERY_BLOCK, ARTICLE_WITHOUT_OPTIONAL_FIELDS, demoArticle, expect, test } from './fixtures';

/*
 * What search engines and social networks read: <head> tags, JSON-LD (parsed, not grepped), share
 * images (decoded to check their size), and the status codes of non-canonical URLs.
 */

const published = demoArticles.filter((a) => a.status === 'published');
const MEMBERS_ARTICLE = published.find((a) => a.visibility === 'members')!;
const SITE_NAME = 'The Meridian';
const sectionName = (slug: string) => demoSections.find((s) => s.slug === slug)!.name;
const tagName = (slug: string) => demoTags.find((t) => t.slug === slug)!.name;
const busiest = (key: (a: (typeof published)[number]) => string[]) => {
  const counts = new Map<string, number>();
  for (const a of published) for (const k of key(a)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
};

const metaContent = (page: Page, selector: string) => page.locator(`head meta[${selector}]`).first().getAttribute('content');
const metaContents = async (page: Page, selector: string) =>
  Promise.all((await page.locator(`head meta[${selector}]`).all()).map((m) => m.getAttribute('content')));

type JsonLd = Record<string, unknown> & { '@type': string };

/** Every JSON-LD block on the page, parsed as a crawler would. */
async function structuredData(page: Page): Promise<JsonLd[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.map((t) => JSON.parse(t) as JsonLd);
}

const ofType = (data: JsonLd[], type: string) => {
  const found = data.filter((d) => d['@type'] === type);
  expect(found, `one ${type}`).toHaveLength(1);
  return found[0]!;
};

/** The canonical link, robots meta, feed links and social tags every indexable page has. */
async function expectIndexableHead(page: Page, canonical: string) {
  // Next writes the site root without its trailing slash (https://example.com); both name the same URL.
  const href = await page.locator('head link[rel="canonical"]').getAttribute('href');
  expect(href === canonical || `${href}/` === canonical, `canonical ${href}`).toBe(true);
  const robots = (await metaContent(page, 'name="robots"')) ?? '';
  expect(robots.split(/,\s*/)).toEqual(expect.arrayContaining(['index', 'follow', 'max-image-preview:large']));
  await expect(page.locator('head meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  const ogUrl = await page.locator('head meta[property="og:url"]').getAttribute('content');
  expect(ogUrl === canonical || `${ogUrl}/` === canonical, `og:url ${ogUrl}`).toBe(true);
  await expect(page.locator('head meta[property="og:site_name"]')).toHaveAttribute('content', SITE_NAME);
  expect(await feedLinks(page)).toContain(absolute(page, '/feeds/rss.xml'));
  expect(Number(await metaContent(page, 'property="og:image:width"'))).toBeGreaterThanOrEqual(1200);
}

const feedLinks = (page: Page) =>
  page.locator('head link[rel="alternate"][type="application/rss+xml"]').evaluateAll((links) => links.map((l) => l.getAttribute('href')));

const absolute = (page: Page, path: string) => new URL(path, page.url()).href;

/** Fetches an image and reads its real format and size from the bytes. */
async function imageSize(request: APIRequestContext, url: string) {
  const response = await request.get(new URL(url).pathname + new URL(url).search);
  expect(response.status(), url).toBe(200);
  const meta = await sharp(await response.body()).metadata();
  return { contentType: response.headers()['content-type'], format: meta.format, width: meta.width, height: meta.height };
}

test.describe('metadata and structured data', () => {
  test('front page: canonical root, WebSite with a search action, and the publisher with its logo', async ({ page, request }) => {
    await page.goto('/');
    await expectIndexableHead(page, absolute(page, '/'));
    await expect(page).toHaveTitle(SITE_NAME);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    await expect(page.locator('head meta[property="og:type"]')).toHaveAttribute('content', 'website');

    const data = await structuredData(page);
    const website = ofType(data, 'WebSite');
    expect(website).toMatchObject({ '@context': 'https://schema.org', url: absolute(page, '/'), name: SITE_NAME });
    expect(website.potentialAction).toEqual({
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: absolute(page, '/search?q=') + '{search_term_string}' },
      'query-input': 'required name=search_term_string',
    });
    const publisher = ofType(data, 'NewsMediaOrganization') as JsonLd & { logo: { url: string; width: number; height: number } };
    expect(publisher).toMatchObject({ name: SITE_NAME, url: absolute(page, '/') });
    expect(await imageSize(request, publisher.logo.url)).toMatchObject({ format: 'png', width: publisher.logo.width, height: publisher.logo.height });
  });

  test('article with a hero: title, description, OpenGraph article tags, and a NewsArticle with three crops', async ({ page, request }) => {
    const demo = demoArticle(ARTICLE_WITH_EVERY_BLOCK);
    await page.goto(ARTICLE_WITH_EVERY_BLOCK);
    const canonical = absolute(page, ARTICLE_WITH_EVERY_BLOCK);
    await expectIndexableHead(page, canonical);
    await expect(page).toHaveTitle(`${demo.headline} | ${SITE_NAME}`);
    await expect(page.locator('head meta[name="description"]')).toHaveAttribute('content', demo.standfirst!);
    await expect(page.locator('head meta[property="og:type"]')).toHaveAttribute('content', 'article');
    await expect(page.locator('head meta[property="og:title"]')).toHaveAttribute('content', demo.headline);
    await expect(page.locator('head meta[property="og:description"]')).toHaveAttribute('content', demo.standfirst!);
    await expect(page.locator('head meta[property="article:section"]')).toHaveAttribute('content', sectionName(demo.section));
    expect((await metaContents(page, 'property="article:tag"')).sort()).toEqual(demo.tags.map(tagName).sort());
    const publishedTime = (await metaContent(page, 'property="article:published_time"'))!;
    const modifiedTime = (await metaContent(page, 'property="article:modified_time"'))!;
    expect(Date.parse(publishedTime)).toBeLessThanOrEqual(Date.parse(modifiedTime));

    // The share image is the hero, cropped to 16:9 at 1200 px.
    const ogImage = (await metaContent(page, 'property="og:image"'))!;
    expect(new URL(ogImage).pathname).toBe(`/og/image/16x9/demo/images/${demo.hero!.image}.jpg`);
    expect(await imageSize(request, ogImage)).toMatchObject({ format: 'jpeg', width: 1200, height: 675 });
    await expect(page.locator('head meta[name="twitter:image"]')).toHaveAttribute('content', ogImage);

    const data = await structuredData(page);
    const article = ofType(data, 'NewsArticle') as JsonLd & { image: string[]; author: { name: string; url: string }[]; headline: string };
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      headline: demo.headline,
      description: demo.standfirst,
      datePublished: publishedTime,
      dateModified: modifiedTime,
      publisher: { '@type': 'NewsMediaOrganization', name: SITE_NAME },
      mainEntityOfPage: { '@type': 'WebPage', '@id': canonical },
      articleSection: sectionName(demo.section),
      isAccessibleForFree: true,
    });
    expect([...(article.keywords as string[])].sort()).toEqual(demo.tags.map(tagName).sort());
    expect(article.headline.length).toBeLessThanOrEqual(110);
    expect(article.author).toEqual(
      demo.authors.map((slug) => ({ '@type': 'Person', name: demoAuthors.find((a) => a.slug === slug)!.name, url: absolute(page, `/author/${slug}`) })),
    );
    expect(article).not.toHaveProperty('hasPart');
    const sizes = await Promise.all(article.image.map((url) => imageSize(request, url)));
    expect(sizes.map((s) => `${s.width}x${s.height}`)).toEqual(['1200x675', '1200x900', '1200x1200']);

    expect(ofType(data, 'BreadcrumbList').itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: SITE_NAME, item: absolute(page, '/') },
      { '@type': 'ListItem', position: 2, name: sectionName(demo.section), item: absolute(page, `/${demo.section}`) },
      { '@type': 'ListItem', position: 3, name: demo.headline, item: canonical },
    ]);
  });

  test('article without a hero or byline: the generated share card, and the newsroom as author', async ({ page, request }) => {
    await page.goto(ARTICLE_WITHOUT_OPTIONAL_FIELDS);
    await expectIndexableHead(page, absolute(page, ARTICLE_WITHOUT_OPTIONAL_FIELDS));
    const ogImage = (await metaContent(page, 'property="og:image"'))!;
    expect(new URL(ogImage).pathname).toMatch(/^\/og\/article\/\d+$/);
    expect(await imageSize(request, ogImage)).toEqual({ contentType: 'image/png', format: 'png', width: 1200, height: 630 });

    const article = ofType(await structuredData(page), 'NewsArticle');
    expect(article.image).toEqual([ogImage]);
    expect(article.author).toEqual([{ '@type': 'NewsMediaOrganization', name: SITE_NAME, url: absolute(page, '/') }]);
    for (const key of ['headline', 'datePublished', 'dateModified', 'publisher']) expect(article, key).toHaveProperty(key);
  });

  test('members-only article: paywalled structured data pointing at the gated part', async ({ page }) => {
    const path = `/${MEMBERS_ARTICLE.section}/${MEMBERS_ARTICLE.slug}`;
    await page.goto(path);
    await expectIndexableHead(page, absolute(page, path));
    const article = ofType(await structuredData(page), 'NewsArticle');
    expect(article.isAccessibleForFree).toBe(false);
    expect(article.hasPart).toEqual({ '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.members-only' });
    await expect(page.locator('.members-only')).toHaveCount(1);
  });

  test('section page: indexable, canonical, with the site and section feeds', async ({ page }) => {
    await page.goto('/news');
    await expectIndexableHead(page, absolute(page, '/news'));
    await expect(page).toHaveTitle(`News | ${SITE_NAME}`);
    await expect(page.locator('head meta[property="og:type"]')).toHaveAttribute('content', 'website');
    expect(await feedLinks(page)).toEqual([absolute(page, '/feeds/rss.xml'), absolute(page, '/feeds/section/news.xml')]);
  });

  test('page 2 of a section: canonical to itself, noindex but followed', async ({ page, request }) => {
    // The demo sections hold fewer than a page of stories: add thirteen old ones to sport, a section other
    // specs do not count, dated a year back so no front page, rail or latest list changes.
    await publishArchive(request, 'sport', 13);
    const response = await page.goto('/sport/page/2');
    expect(response?.status()).toBe(200);
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', absolute(page, '/sport/page/2'));
    await expect(page.locator('head meta[name="robots"]')).toHaveAttribute('content', 'noindex, follow');
    await expect(page).toHaveTitle(`Sport (page 2) | ${SITE_NAME}`);
  });

  test('tag page: canonical and its own feed', async ({ page }) => {
    const tag = busiest((a) => a.tags);
    await page.goto(`/tag/${tag}`);
    await expectIndexableHead(page, absolute(page, `/tag/${tag}`));
    expect(await feedLinks(page)).toContain(absolute(page, `/feeds/tag/${tag}.xml`));
  });

  test('author page: canonical, its own feed, and a ProfilePage about the person', async ({ page }) => {
    const slug = busiest((a) => a.authors);
    const author = demoAuthors.find((a) => a.slug === slug)!;
    await page.goto(`/author/${slug}`);
    const canonical = absolute(page, `/author/${slug}`);
    await expectIndexableHead(page, canonical);
    expect(await feedLinks(page)).toContain(absolute(page, `/feeds/author/${slug}.xml`));
    const profile = ofType(await structuredData(page), 'ProfilePage');
    expect(profile.mainEntity).toMatchObject({ '@type': 'Person', name: author.name, url: canonical, jobTitle: author.role });
  });
});

test.describe('share images', () => {
  test('are 1200×630 PNGs for public articles and 404 for anything else', async ({ request }) => {
    const draft = demoArticles.find((a) => a.status === 'draft')!;
    const ids = await articleIds([ARTICLE_WITHOUT_OPTIONAL_FIELDS.split('/').pop()!, draft.slug]);
    const card = await request.get(`/og/article/${ids.get('harbour-ferry-timetable-changes')}`);
    expect(card.status()).toBe(200);
    expect(card.headers()['content-type']).toBe('image/png');
    const meta = await sharp(await card.body()).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    for (const path of [`/og/article/${ids.get(draft.slug)}`, '/og/article/999999', '/og/article/abc', '/og/image/2x1/demo/images/city-hall.jpg', '/og/image/1x1/demo/nope.jpg']) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });
});

test.describe('status codes and URLs', () => {
  test('trailing slashes and upper-case letters answer 301 to the canonical URL, keeping the query', async ({ request }) => {
    const cases: [string, string][] = [
      [`${ARTICLE_WITHOUT_OPTIONAL_FIELDS}/`, ARTICLE_WITHOUT_OPTIONAL_FIELDS],
      [`${ARTICLE_WITHOUT_OPTIONAL_FIELDS}/?ref=mail`, `${ARTICLE_WITHOUT_OPTIONAL_FIELDS}?ref=mail`],
      [ARTICLE_WITHOUT_OPTIONAL_FIELDS.toUpperCase(), ARTICLE_WITHOUT_OPTIONAL_FIELDS],
      ['/News/', '/news'],
      ['/Tag/Transport?page=1', '/tag/transport?page=1'],
    ];
    for (const [from, to] of cases) {
      const response = await request.get(from, { maxRedirects: 0 });
      expect(response.status(), from).toBe(301);
      const location = new URL(response.headers()['location']!, 'http://base.invalid');
      expect(location.pathname + location.search, from).toBe(to);
    }
    expect((await request.get(`${ARTICLE_WITHOUT_OPTIONAL_FIELDS}/`)).status()).toBe(200);
  });

  test('HEAD answers like GET for an article', async ({ request }) => {
    const head = await request.head(ARTICLE_WITHOUT_OPTIONAL_FIELDS);
    expect(head.status()).toBe(200);
    expect(head.headers()['content-type']).toContain('text/html');
    expect((await request.head('/news/no-such-story')).status()).toBe(404);
  });

  test('a conditional request with the page’s ETag gets 304 Not Modified', async ({ request }) => {
    // The first request may render the page; its ETag is of the page as rendered, and the cache keeps
    // it with wide characters escaped (lib/cache/one-byte-html.ts). The cached copy's ETag is the one that lasts.
    let etag: string | undefined;
    for (let i = 0; i < 5 && !etag; i++) {
      const headers = (await request.get(ARTICLE_WITH_EVERY_BLOCK)).headers();
      if (headers['x-nextjs-cache'] === 'HIT') etag = headers['etag'];
    }
    expect(etag, 'ETag on a cached article page').toBeTruthy();
    const conditional = await request.get(ARTICLE_WITH_EVERY_BLOCK, { headers: { 'If-None-Match': etag! } });
    expect(conditional.status()).toBe(304);
    expect(await conditional.body()).toHaveLength(0);
    const stale = await request.get(ARTICLE_WITH_EVERY_BLOCK, { headers: { 'If-None-Match': '"not-the-etag"' } });
    expect(stale.status()).toBe(200);
  });
});

/** Database ids of demo articles by slug (the share-image route is keyed by id). */
async function articleIds(slugs: string[]): Promise<Map<string, number>> {
  const db = createDb(E2E_DATABASE_URL);
  try {
    const rows = await db.selectFrom('articles').select(['id', 'slug']).where('slug', 'in', slugs).execute();
    return new Map(rows.map((r) => [r.slug, r.id]));
  } finally {
    await db.destroy();
  }
}

/** Publishes `count` old stories in a section through the ingest API (same external ids on a retry: updated, not duplicated). */
async function publishArchive(request: APIRequestContext, section: string, count: number) {
  const token = await apiToken('e2e seo archive', ['articles:write']);
  for (let i = 0; i < count; i++) {
    const response = await request.post('/api/v1/articles', {
      headers: { authorization: `Bearer ${token}` },
      data: {
        externalId: `seo-archive-${section}-${i}`,
        headline: `Archive story ${i + 1} from the ${section} desk`,
        section,
        authors: ['kwame-mensah'],
        body: 'An older story, kept for the archive pages.',
        status: 'published',
        publishedAt: new Date(Date.UTC(2024, 0, 1 + i, 9)).toISOString(),
      },
    });
    expect(response.status(), await response.text()).toBeLessThan(300);
  }
}
