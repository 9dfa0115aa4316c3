import { ARTICLE_WITH_EVERY_BLOCK, ARTICLE_WITH_LONG_THREAD, expect, test } from './fixtures';

test.describe('narrow screens', () => {
  test.use({ viewport: { width: 320, height: 740 } });

  for (const path of ['/', ARTICLE_WITH_EVERY_BLOCK, ARTICLE_WITH_LONG_THREAD, '/politics']) {
    test(`${path} fits 320px without sideways scrolling`, async ({ page }) => {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(320);
    });
  }

  test('the sideways section list shows every link whole when focused, its focus outline unclipped', async ({ page }) => {
    await page.goto('/politics');
    const links = page.getByRole('navigation', { name: 'Sections' }).getByRole('link');
    const count = await links.count();
    expect(count).toBeGreaterThan(4);
    for (const i of [3, count - 1]) {
      await links.nth(i).focus();
      const fit = await links.nth(i).evaluate((link) => {
        const list = link.closest('ul')!.getBoundingClientRect();
        const box = link.getBoundingClientRect();
        const style = getComputedStyle(link);
        const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
        // The list fades out over its last 2rem (32px), and clips whatever leaves its box.
        return { ringInside: box.top - ring >= list.top && box.bottom + ring <= list.bottom, clearOfFade: box.right + ring <= list.right - 32 };
      });
      expect(fit, `link ${i}`).toEqual({ ringInside: true, clearOfFade: true });
    }
  });
});
