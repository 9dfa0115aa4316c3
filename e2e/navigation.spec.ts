import { expect, test } from './fixtures';

test('home page leads to an article @mobile', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link')).toHaveCount(8);
  await expect(page.getByRole('complementary', { name: 'Latest' }).locator('li')).toHaveCount(10);

  const lead = page.locator('#top-stories ~ article h3 a').first();
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
