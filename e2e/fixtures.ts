import { test as base, expect } from '@playwright/test';
import { demoArticles } from '../lib/seed/demo/articles/index.ts';

/**
 * Every test fails if the page logged a console error, threw, or had a request fail
 * (a broken image, a 500 from a chunk). Document 404s that a test asks for are not failures.
 */
export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error' && !/status of 404/.test(msg.text())) problems.push(`console: ${msg.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('requestfailed', (request) => {
        // Navigations away abort in-flight prefetches; those are not failures.
        if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
        problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
      });
      page.on('response', (response) => {
        const isDocument = response.request().resourceType() === 'document';
        if (response.status() >= 400 && !(isDocument && response.status() === 404)) {
          problems.push(`HTTP ${response.status()}: ${response.url()}`);
        }
      });
      await use(problems);
      expect(problems, 'console errors or failed requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const ARTICLE_WITH_EVERY_BLOCK = '/science/inside-the-aldine-tidal-observatory';
export const ARTICLE_WITHOUT_OPTIONAL_FIELDS = '/news/harbour-ferry-timetable-changes';
export const ARTICLE_WITH_LONG_THREAD = '/news/port-aldine-votes-on-harbour-bridge';

/** The demo article behind a path, so tests check against the content rather than copies of it. */
export function demoArticle(path: string) {
  const slug = path.split('/').pop();
  const article = demoArticles.find((a) => a.slug === slug);
  if (!article) throw new Error(`No demo article ${path}`);
  return article;
}
