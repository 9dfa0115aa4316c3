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
});
