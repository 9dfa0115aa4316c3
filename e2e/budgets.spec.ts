import type { Page } from '@playwright/test';
import { recordResponses, settleLoad, total } from './budget-helpers.ts';
import { signUpAs } from './desk-helpers.ts';
import { ARTICLE_WITH_EVERY_BLOCK, expect, test } from './fixtures';

/**
 * The performance budgets of the article page, measured as sizes (never times, which vary from
 * machine to machine): what a modern browser downloads at load, gzip -6, KB counted as 1,000 bytes.
 */
const BUDGET = { js: 150_000, css: 15_000, html: 30_000, commentsChunk: 25_000 };

/** A string only the interactive comment thread's code contains (JSX text survives minification). */
const COMMENTS_ISLAND_MARKER = 'Load more replies';

test.describe('article page budgets', () => {
  test('JavaScript, CSS and HTML at load stay within budget; comments code waits for the thread', async ({ page }) => {
    const recorder = recordResponses(page, ['document', 'script', 'stylesheet']);
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/api/')) apiCalls.push(pathname);
    });

    await page.goto(ARTICLE_WITH_EVERY_BLOCK);
    await settleLoad(page);
    const atLoad = await recorder.settle();

    // A long read, so the HTML budget means something.
    const words = (await page.locator('main article').first().innerText()).split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(1_400);

    const sizes = { js: total(atLoad, 'script'), css: total(atLoad, 'stylesheet'), html: total(atLoad, 'document') };
    test.info().annotations.push({ type: 'sizes (gzip bytes)', description: JSON.stringify(sizes) });
    expect(sizes.js, 'JavaScript at load').toBeLessThanOrEqual(BUDGET.js);
    expect(sizes.css, 'CSS at load').toBeLessThanOrEqual(BUDGET.css);
    expect(sizes.html, 'HTML').toBeLessThanOrEqual(BUDGET.html);

    // Nothing the server rendered is fetched again. The one exception: who is reading, which the
    // cached page cannot know (sessions are httpOnly cookies); the masthead and the members-only
    // body share a single read of it.
    expect(apiCalls).toEqual(['/api/auth/get-session']);

    // The thread's code is not part of the load...
    const loadedScripts = new Set(atLoad.filter((f) => f.type === 'script').map((f) => f.url));
    expect(atLoad.some((f) => f.type === 'script' && f.body.includes(COMMENTS_ISLAND_MARKER))).toBe(false);

    // ...and arrives, in its own small chunk, once the thread scrolls into view.
    await page.locator('#comments').scrollIntoViewIfNeeded();
    await expect
      .poll(async () => (await recorder.settle()).some((f) => f.type === 'script' && f.body.includes(COMMENTS_ISLAND_MARKER)))
      .toBe(true);
    await settleLoad(page);
    const commentsChunks = (await recorder.settle()).filter((f) => f.type === 'script' && !loadedScripts.has(f.url));
    expect(commentsChunks.length).toBeGreaterThan(0);
    expect(total(commentsChunks, 'script'), 'comments code').toBeLessThanOrEqual(BUDGET.commentsChunk);
    // The server-rendered first page of comments is not read again for an anonymous reader.
    expect(apiCalls.filter((path) => /^\/api\/articles\/\d+\/comments/.test(path))).toEqual([]);
    recorder.stop();
  });

  test('the hero is responsive and first; other images are lazy; nothing else is downloaded', async ({ page }) => {
    const imageRequests: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'image') imageRequests.push(request.url());
    });
    await page.goto(ARTICLE_WITH_EVERY_BLOCK);
    await settleLoad(page);

    const hero = page.locator('main article figure img').first();
    for (const name of ['srcset', 'sizes', 'width', 'height']) await expect(hero).toHaveAttribute(name, /.+/);
    await expect(hero).toHaveAttribute('fetchpriority', 'high');
    expect(await hero.getAttribute('loading')).not.toBe('lazy');

    const others = await page.locator('main img').evaluateAll((imgs) =>
      imgs.slice(1).map((img) => ({ loading: img.getAttribute('loading'), width: img.getAttribute('width'), height: img.getAttribute('height') })),
    );
    expect(others.length).toBeGreaterThan(0);
    for (const img of others) expect(img).toEqual({ loading: 'lazy', width: expect.stringMatching(/^\d+$/), height: expect.stringMatching(/^\d+$/) });

    // Every image downloaded belongs to this page: prefetched routes bring no images (their heroes
    // are not preloaded from inside a prefetched payload).
    const pageSources = new Set(
      await page.locator('img').evaluateAll((imgs) => imgs.map((img) => new URL((img as HTMLImageElement).currentSrc || (img as HTMLImageElement).src).searchParams.get('url'))),
    );
    const downloaded = imageRequests.map((url) => new URL(url).searchParams.get('url') ?? new URL(url).pathname);
    expect(downloaded.length).toBeGreaterThan(0);
    for (const source of downloaded) expect(pageSources, `image ${source}`).toContain(source);
    // The hero once, plus at most the lazy images that are near the viewport.
    expect(imageRequests.length).toBeLessThanOrEqual(1 + others.length);
  });

  test('the image optimizer answers AVIF, or WebP, when the browser accepts it', async ({ page }) => {
    await page.goto(ARTICLE_WITH_EVERY_BLOCK);
    const src = await page.locator('main article figure img').first().getAttribute('src');
    expect(src).toMatch(/^\/_next\/image\?/);
    const avif = await page.request.get(src!, { headers: { accept: 'image/avif,image/webp,image/*,*/*;q=0.8' } });
    expect(avif.headers()['content-type']).toBe('image/avif');
    const webp = await page.request.get(src!, { headers: { accept: 'image/webp,image/*,*/*;q=0.8' } });
    expect(webp.headers()['content-type']).toBe('image/webp');
  });

  test('fonts: at most two files, preloaded, with font-display: swap (or system fonts only)', async ({ page }) => {
    const recorder = recordResponses(page, ['font', 'stylesheet']);
    await page.goto(ARTICLE_WITH_EVERY_BLOCK);
    await settleLoad(page);
    const fetched = await recorder.settle();
    const fonts = fetched.filter((f) => f.type === 'font');
    expect(fonts.length).toBeLessThanOrEqual(2);
    const preloaded = await page.locator('link[rel="preload"][as="font"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
    for (const font of fonts) expect(preloaded).toContain(font.url);
    for (const css of fetched.filter((f) => f.type === 'stylesheet')) {
      const faces = css.body.toString('utf8').match(/@font-face\s*{[^}]*}/g) ?? [];
      for (const face of faces) expect(face).toMatch(/font-display:\s*swap/);
    }
  });
});

test.describe('Cache-Control', () => {
  const SHARED = /(^|,\s*)s-maxage=\d+/;
  const PRIVATE = 'private, no-store';

  async function headOf(page: Page, path: string) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    return { status: response.status(), cacheControl: response.headers()['cache-control'] ?? '' };
  }

  test('public pages can be kept by a CDN (s-maxage and stale-while-revalidate)', async ({ page }) => {
    await page.goto(ARTICLE_WITH_EVERY_BLOCK);
    const tag = await page.getByRole('navigation', { name: 'Topics' }).getByRole('link').first().getAttribute('href');
    const author = await page.locator('main article a[rel="author"]').first().getAttribute('href');
    for (const path of ['/', '/science', ARTICLE_WITH_EVERY_BLOCK, tag!, author!, '/search?q=harbour']) {
      const { status, cacheControl } = await headOf(page, path);
      expect(status, path).toBe(200);
      expect(cacheControl, path).toMatch(SHARED);
      expect(cacheControl, path).toMatch(/stale-while-revalidate=\d+/);
      expect(cacheControl, path).not.toMatch(/private|no-store/);
    }
  });

  test('desk, preview and account pages, and personal APIs, are private, no-store (signed out)', async ({ page }) => {
    for (const path of ['/desk', '/desk/articles/new', '/account', '/account/sign-in', '/preview/share/not-a-token', '/api/auth/get-session']) {
      const { status, cacheControl } = await headOf(page, path);
      expect(cacheControl, `${path} (${status})`).toBe(PRIVATE);
    }
    // The members-only body refuses an anonymous reader, privately too.
    const id = await articleId(page, ARTICLE_WITH_EVERY_BLOCK);
    expect((await headOf(page, `/api/articles/${id}/body`)).cacheControl).toBe(PRIVATE);
  });

  test('signed in: the same pages and the personal APIs stay private, no-store', async ({ page }) => {
    await page.goto('/');
    await signUpAs(page, 'editor', 'Cache Checker');
    const id = await articleId(page, ARTICLE_WITH_EVERY_BLOCK);
    const paths = [
      '/desk',
      '/desk/articles/new',
      '/account',
      '/api/auth/get-session',
      `/api/articles/${id}/body`,
      `/api/articles/${id}/comments`,
      '/api/desk/media?q=',
    ];
    for (const path of paths) {
      const { status, cacheControl } = await headOf(page, path);
      expect(status, path).toBe(200);
      expect(cacheControl, path).toBe(PRIVATE);
    }
  });
});

async function articleId(page: Page, path: string) {
  await page.goto(path);
  return page.locator('#comments').getAttribute('data-article-id');
}
