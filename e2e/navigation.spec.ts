import type { Page } from '@playwright/test';
import { demoArticles } from '../lib/seed/demo/articles/index.ts';
import { expect, test } from './fixtures';

/**
 * A seeded story's headline link on the front page. Not simply the first: other tests publish, rename
 * and unpublish their own stories meanwhile, and the newest stories lead the front page.
 */
async function seededStoryLink(page: Page) {
  const seeded = new Set(demoArticles.filter((a) => a.status === 'published').map((a) => `/${a.section}/${a.slug}`));
  const teasers = page.locator('main article :is(h2, h3) a');
  const hrefs = await teasers.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const index = hrefs.findIndex((h) => h !== null && seeded.has(h));
  expect(index, 'a seeded story on the front page').toBeGreaterThanOrEqual(0);
  return teasers.nth(index);
}

test('home page leads to an article @mobile', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link')).toHaveCount(8);
  await expect(page.getByRole('complementary', { name: 'Latest' }).locator('li')).toHaveCount(10);

  const lead = await seededStoryLink(page);
  const headline = (await lead.textContent()) ?? '';
  const href = (await lead.getAttribute('href')) ?? '';
  expect(href).toMatch(/^\/[a-z-]+\/[a-z0-9-]+$/);
  await lead.click();
  await expect(page).toHaveURL(href);
  // Next keeps the previous page in the DOM, hidden, for instant back navigation: count what is shown.
  const h1 = page.locator('h1:visible');
  await expect(h1).toHaveCount(1);
  // The teaser shows the kicker inside the link; the page's h1 is the headline alone.
  expect(headline).toContain((await h1.textContent()) ?? '');
});

test('every section on the front page has a block linking to its section page', async ({ page }) => {
  await page.goto('/');
  const blocks = page.locator('section[aria-labelledby^="front-"]');
  expect(await blocks.count()).toBeGreaterThanOrEqual(6);
  const firstSection = blocks.first().locator('h2 a');
  const href = (await firstSection.getAttribute('href')) ?? '';
  await firstSection.click();
  await expect(page).toHaveURL(href);
  const sectionName = (await blocks.first().locator('h2').textContent()) ?? '';
  await expect(page.locator('h1:visible')).toHaveText(sectionName);
});

test('teasers show how many comments a story has, linking to the thread', async ({ page }) => {
  await page.goto('/news');
  const count = page.locator('a[href="/news/port-aldine-votes-on-harbour-bridge#comments"]').first();
  await expect(count).toBeVisible();
  expect(Number((await count.textContent())?.replace(/\D/g, ''))).toBeGreaterThan(1000);
});

test('links prefetch the page a reader reaches for, not every link that scrolls into view', async ({ page }) => {
  const prefetched: string[] = [];
  page.on('request', (request) => {
    if (request.headers()['next-router-prefetch']) prefetched.push(new URL(request.url()).pathname);
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  // Scrolling the whole front page into view prefetches nothing.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  expect(prefetched).toEqual([]);

  // Pointing at a story prefetches that story alone (the router may split it into a tree and a
  // segment request), and clicking it is a client-side navigation.
  const lead = await seededStoryLink(page);
  const href = (await lead.getAttribute('href')) ?? '';
  await lead.scrollIntoViewIfNeeded();
  await lead.hover();
  await expect.poll(() => [...new Set(prefetched)]).toEqual([href]);
  const documentRequests: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'document') documentRequests.push(request.url());
  });
  await lead.click();
  await expect(page).toHaveURL(href);
  await expect(page.locator('h1:visible')).toHaveCount(1);
  expect(documentRequests).toEqual([]);

  // Keyboard readers get the same: focusing a link prefetches it.
  const section = page.getByRole('navigation', { name: 'Sections' }).getByRole('link').nth(1);
  const sectionHref = (await section.getAttribute('href')) ?? '';
  await section.focus();
  await expect.poll(() => prefetched).toContain(sectionHref);
});
