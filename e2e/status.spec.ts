import { demoArticles } from '../lib/seed/demo/articles/index.ts';
import { expect, test } from './fixtures';

const hidden = demoArticles.filter((a) => a.status !== 'published');
const neverPublished = hidden.filter((a) => a.status !== 'unpublished');

test('unknown, draft and scheduled articles answer 404 with a helpful page', async ({ page }) => {
  expect(neverPublished.map((a) => a.status)).toEqual(expect.arrayContaining(['draft', 'scheduled']));
  const paths = ['/news/no-such-story', '/no-such-section', '/tag/no-such-tag', '/author/nobody', '/account/no-such-step', '/no/such/page', ...neverPublished.map((a) => `/${a.section}/${a.slug}`)];
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.locator('h1')).toHaveText('We can’t find that page');
    await expect(page.getByRole('link', { name: 'Go to the front page' })).toBeVisible();
    // One masthead and one footer, whichever layout the missing page would have had.
    await expect(page.getByRole('banner'), path).toHaveCount(1);
    await expect(page.getByRole('contentinfo'), path).toHaveCount(1);
    await expect(page.getByRole('main'), path).toHaveCount(1);
  }
});

test('an unpublished article answers 410 Gone with a page that says it was removed', async ({ request }) => {
  const pulled = hidden.find((a) => a.status === 'unpublished')!;
  for (const method of ['GET', 'HEAD'] as const) {
    const response = await request.fetch(`/${pulled.section}/${pulled.slug}`, { method });
    expect(response.status(), method).toBe(410);
    if (method === 'GET') expect(await response.text()).toContain('This article has been removed');
  }
});

test('the pages behind the rewrites are not second addresses: the front page’s route moves to /, the removal page is only for removed stories', async ({ request }) => {
  const front = await request.get('/edition/front', { maxRedirects: 0 });
  expect(front.status()).toBe(301);
  expect(new URL(front.headers()['location']!, 'http://x').pathname).toBe('/');

  const published = demoArticles.find((a) => a.status === 'published')!;
  for (const slug of ['no-such-story', published.slug]) {
    const response = await request.get(`/gone/${slug}`);
    expect(response.status(), slug).toBe(404);
    expect(await response.text(), slug).not.toContain('This article has been removed');
  }
  const pulled = hidden.find((a) => a.status === 'unpublished')!;
  const removal = await request.get(`/gone/${pulled.slug}`);
  expect(removal.status()).toBe(410);
  expect(await removal.text()).toContain('This article has been removed');
});

test('an article under the wrong section is not served', async ({ page }) => {
  const article = demoArticles.find((a) => a.status === 'published' && a.section !== 'sport')!;
  const response = await page.goto(`/sport/${article.slug}`);
  expect(response?.status()).toBe(404);
});

test('drafts and scheduled stories appear in no public list', async ({ page }) => {
  for (const path of ['/', ...new Set(hidden.map((a) => `/${a.section}`))]) {
    await page.goto(path);
    const html = await page.content();
    for (const a of hidden) expect(html, `${a.slug} on ${path}`).not.toContain(a.slug);
  }
});
