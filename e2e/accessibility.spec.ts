import AxeBuilder from '@axe-core/playwright';
import { ARTICLE_WITH_EVERY_BLOCK, ARTICLE_WITH_LONG_THREAD, expect, test } from './fixtures';

const pages = ['/', ARTICLE_WITH_EVERY_BLOCK, ARTICLE_WITH_LONG_THREAD, '/politics', '/tag/housing', '/news/no-such-story'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });
    for (const path of pages) {
      test(`${path} has no WCAG 2.2 A/AA violations @mobile`, async ({ page }) => {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
        expect(summary).toEqual([]);
      });
    }
  });
}
