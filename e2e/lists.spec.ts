import { demoArticles } from '../lib/seed/demo/articles/index.ts';
import { expect, test } from './fixtures';

const published = demoArticles.filter((a) => a.status === 'published');
const countBy = <T,>(items: T[], key: (t: T) => string[]) => {
  const counts = new Map<string, number>();
  for (const item of items) for (const k of key(item)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
};

test('a section lists its stories newest first, with pagination and rel=prev/next @mobile', async ({ page }) => {
  const [section, count] = countBy(published, (a) => [a.section])[0]!;
  await page.goto(`/${section}`);
  const items = page.locator('main ul > li article');
  await expect(items).toHaveCount(Math.min(count, 12));
  const newest = published.filter((a) => a.section === section).sort((a, b) => a.publishedHoursAgo - b.publishedHoursAgo)[0]!;
  await expect(items.first().locator('h2')).toContainText(newest.headline);
  if (count > 12) {
    await expect(page.locator('head link[rel="next"]')).toHaveAttribute('href', `/${section}/page/2`);
    await page.getByRole('link', { name: 'Older →' }).click();
    await expect(page).toHaveURL(`/${section}/page/2`);
    await expect(page.locator('head link[rel="prev"]')).toHaveAttribute('href', `/${section}`);
  }
});

test('paging past the end, and page 1 or 0 under /page/, answer 404', async ({ page }) => {
  const [section] = countBy(published, (a) => [a.section])[0]!;
  for (const path of [`/${section}/page/99`, `/${section}/page/1`, `/${section}/page/0`, `/${section}/page/x`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});

test('tag and author pages list their stories', async ({ page }) => {
  const [tag, tagCount] = countBy(published, (a) => a.tags)[0]!;
  await page.goto(`/tag/${tag}`);
  await expect(page.locator('main ul > li article')).toHaveCount(Math.min(tagCount, 12));

  const [author, authorCount] = countBy(published, (a) => a.authors)[0]!;
  await page.goto(`/author/${author}`);
  await expect(page.locator('main ul > li article')).toHaveCount(Math.min(authorCount, 12));
  await expect(page.locator('h1')).not.toBeEmpty();
});
