import AxeBuilder from '@axe-core/playwright';
import { signUpAs } from './desk-helpers.ts';
import { expect, test } from './fixtures.ts';

/** The desk is used all day by staff: it meets the same WCAG 2.2 AA bar as the public pages. */
const pages = ['/desk', '/desk/articles/new', '/desk/articles/1', '/desk/articles/1/revisions', '/desk/moderation', '/desk/staff', '/desk/sections', '/desk/tokens'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`desk in ${colorScheme} mode`, () => {
    test.use({ colorScheme });
    test('every desk page has no WCAG 2.2 A/AA violations and one h1', async ({ page }) => {
      test.setTimeout(90_000);
      await signUpAs(page, 'admin', `Axe ${colorScheme}`);
      for (const path of pages) {
        await page.goto(path);
        await expect(page.locator('h1:visible')).toHaveCount(1);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        const summary = results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
        expect(summary).toEqual([]);
      }
    });
  });
}
