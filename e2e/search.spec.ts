import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { demoArticles } from '../lib/seed/demo/articles/index.ts';
import { ARTICLE_WITH_EVERY_BLOCK, demoArticle, expect, test } from './fixtures';

/* Site search against the seeded demo publication: the header box, results, empty and error states. */

const results = (page: Page) => page.getByRole('main').locator('ol > li');

test('the header search box on an article finds that article first, with the words marked @mobile', async ({ page }) => {
  const { headline } = demoArticle(ARTICLE_WITH_EVERY_BLOCK);
  await page.goto(ARTICLE_WITH_EVERY_BLOCK);
  const box = page.getByRole('search', { name: 'Site search' }).getByRole('searchbox', { name: 'Search the site' });
  await box.fill(headline);
  await box.press('Enter');

  // The first search of a fresh server renders cold; on a busy CI machine that can pass 5 s.
  await expect(page).toHaveURL((url) => url.pathname === '/search' && url.searchParams.get('q') === headline, { timeout: 20_000 });
  await expect(page.locator('h1')).toHaveText('Search');
  // Long queries are shortened in the title.
  await expect(page).toHaveTitle(/^Search results for “Inside the Aldine Tidal Observatory, where the sea has been…” \| /);
  await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue(headline);
  const first = results(page).first();
  await expect(first.locator('h2 a')).toHaveAttribute('href', ARTICLE_WITH_EVERY_BLOCK);
  const marks = await first.locator('mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  for (const word of marks) expect(headline.toLowerCase()).toContain(word.toLowerCase().slice(0, 4));
});

test('result pages are noindex, follow', async ({ page }) => {
  await page.goto('/search?q=harbour');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /(^|,\s*)follow/);
});

test('pages of results keep the query and the section', async ({ page }) => {
  await page.goto('/search?q=council');
  await expect(page.getByText(/^\d+ results for “council”, page 1 of \d+$/)).toBeVisible();
  await expect(results(page)).toHaveCount(10);
  const firstPage = await results(page).locator('h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  await page.getByRole('link', { name: 'Next →' }).click();
  await expect(page).toHaveURL('/search?q=council&page=2');
  const secondPage = await results(page).locator('h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.filter((href) => firstPage.includes(href))).toEqual([]);
  await expect(page.getByRole('link', { name: '← Previous' })).toHaveAttribute('href', '/search?q=council');

  await page.getByRole('combobox', { name: 'Section' }).selectOption('politics');
  await page.getByRole('search', { name: 'Search articles' }).getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL('/search?q=council&section=politics');
  for (const href of await results(page).locator('h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^\/politics\//);
  }
});

test('a result without a picture gives its text the full width', async ({ page }) => {
  const noPicture = demoArticles.find((a) => a.status === 'published' && !a.hero)!;
  await page.goto(`/search?q=${encodeURIComponent(noPicture.headline)}`);
  const hit = results(page).filter({ has: page.locator(`h2 a[href="/${noPicture.section}/${noPicture.slug}"]`) });
  await expect(hit).toHaveCount(1);
  const [row, headline] = await Promise.all([hit.boundingBox(), hit.locator('h2').boundingBox()]);
  expect(headline!.width).toBeGreaterThan(row!.width * 0.9);
});

test('a search with no results says so and suggests what to try', async ({ page }) => {
  await page.goto('/search?q=qwxzvbnm&section=politics');
  await expect(page.getByText('No articles match “qwxzvbnm” in Politics.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Search all sections for “qwxzvbnm”' })).toHaveAttribute('href', '/search?q=qwxzvbnm');
  await expect(results(page)).toHaveCount(0);
});

test('odd and over-long queries get a page that explains, never an error', async ({ page }) => {
  for (const q of ['"', '""', '*', 'NEAR(', 'harbour OR', "'; drop table articles; --", '港口 🚢', 'x'.repeat(300)]) {
    const response = await page.goto(`/search?q=${encodeURIComponent(q)}`);
    expect(response?.status(), q).toBe(200);
    await expect(page.locator('h1')).toHaveText('Search');
  }
  await expect(page.getByText(/That search is too long/)).toBeVisible();
});

test('a phrase from the members-only part of an article does not find it', async ({ page }) => {
  const members = demoArticles.find((a) => a.status === 'published' && a.visibility === 'members' && a.body.filter((b) => b.type === 'paragraph').length >= 3)!;
  const gated = members.body.filter((b) => b.type === 'paragraph').at(-1)!;
  const phrase = (gated.type === 'paragraph' ? gated.content.map((r) => r.text).join('') : '').split(/\s+/).slice(0, 6).join(' ');
  await page.goto(`/search?q=${encodeURIComponent(phrase)}`);
  await expect(page.locator('h1')).toHaveText('Search');
  const hrefs = await results(page).locator('h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).not.toContain(`/${members.section}/${members.slug}`);
  // The empty state repeats the query; no result (headline or snippet) may contain the phrase.
  await expect(results(page).filter({ hasText: phrase })).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });
    test(`/search?q=harbour has no WCAG 2.2 A/AA violations @mobile`, async ({ page }) => {
      await page.goto('/search?q=harbour');
      await expect(results(page).first()).toBeVisible();
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      const summary = axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
      expect(summary).toEqual([]);
    });
  });
}
