import { ARTICLE_WITH_EVERY_BLOCK, ARTICLE_WITH_LONG_THREAD, ARTICLE_WITHOUT_OPTIONAL_FIELDS, demoArticle, expect, test } from './fixtures';

test.describe('article page', () => {
  test('has every part of the page, in reading order @mobile', async ({ page }) => {
    const response = await page.goto(ARTICLE_WITH_EVERY_BLOCK);
    expect(response?.status()).toBe(200);

    await expect(page.locator('h1')).toHaveCount(1);
    const h1 = page.locator('h1');
    await expect(h1).toHaveText(demoArticle(ARTICLE_WITH_EVERY_BLOCK).headline);

    const article = page.locator('main article').first();
    const kicker = article.locator('header > span').first();
    await expect(kicker).toBeVisible();
    // Kicker sits above the headline, standfirst below it.
    const [kickerBox, h1Box] = [await kicker.boundingBox(), await h1.boundingBox()];
    expect(kickerBox!.y).toBeLessThan(h1Box!.y);
    const standfirst = article.locator('header > p.font-serif');
    await expect(standfirst).toBeVisible();
    expect((await standfirst.boundingBox())!.y).toBeGreaterThan(h1Box!.y);

    // Hero with caption and credit, loaded eagerly.
    const hero = article.locator('figure').first();
    await expect(hero.locator('img')).toHaveAttribute('alt', /.+/);
    await expect(hero.locator('figcaption')).toContainText('Illustration');
    expect(await hero.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

    // Byline links to an author page; times are machine-readable.
    await expect(article.locator('a[rel="author"]').first()).toHaveAttribute('href', /^\/author\//);
    await expect(article.locator('time[datetime]').first()).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);

    // Every body block type.
    const body = article.locator('.prose-article');
    await expect(body.locator('p').first()).toBeVisible();
    await expect(body.locator('h2').first()).toBeVisible();
    await expect(body.locator('h3').first()).toBeVisible();
    await expect(body.locator('blockquote')).toHaveCount(1);
    await expect(body.locator('ul')).not.toHaveCount(0);
    await expect(body.locator('ol')).not.toHaveCount(0);
    await expect(body.locator('figure img')).toHaveAttribute('alt', /.+/);
    await expect(body.locator('a[href^="/"]').first()).toBeVisible();
    await expect(body.locator('strong').first()).toBeVisible();
    await expect(body.locator('em').first()).toBeVisible();

    // Tags, Read also, Comments, Latest rail, visibility label.
    await expect(page.getByRole('navigation', { name: 'Topics' }).getByRole('link').first()).toHaveAttribute('href', /^\/tag\//);
    const readAlso = page.getByRole('region', { name: 'Read also' });
    await expect(readAlso.getByRole('link')).not.toHaveCount(0);
    const comments = page.getByRole('region', { name: /Comments/ });
    await expect(comments).toHaveAttribute('data-nosnippet', '');
    const latest = page.getByRole('complementary', { name: 'Latest' });
    await expect(latest.locator('li')).toHaveCount(8);
    await expect(latest.locator('li time').first()).toHaveAttribute('datetime', /T/);
    await expect(page.getByText(/^(Public|Members)$/).first()).toBeVisible();

    // Reading order of the sections in the document.
    const order = await page.evaluate(() =>
      ['main h1', 'main article figure', '.prose-article', '#read-also', '#comments-heading', '#latest-heading'].map((s) => {
        const el = document.querySelector(s);
        return el ? Array.from(document.querySelectorAll('*')).indexOf(el) : -1;
      }),
    );
    expect(order.every((v) => v >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  test('the skip link is the first Tab stop and moves focus to main', async ({ page }) => {
    await page.goto(ARTICLE_WITH_EVERY_BLOCK);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
  });

  test('renders the first page of a long comment thread on the server, with the total', async ({ browser }) => {
    // No JavaScript: what crawlers and script-less readers get.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(ARTICLE_WITH_LONG_THREAD);
    const heading = page.locator('#comments-heading');
    const total = Number((await heading.textContent())?.replace(/\D/g, ''));
    expect(total).toBeGreaterThanOrEqual(300);
    const topLevel = page.locator('#comments article[data-comment-depth="0"]');
    await expect(topLevel).toHaveCount(20);
    await expect(page.getByText(/Showing the newest 20 conversations/)).toBeVisible();
    await context.close();
  });

  test('an article with no optional fields still reads well', async ({ page }) => {
    await page.goto(ARTICLE_WITHOUT_OPTIONAL_FIELDS);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('main article figure')).toHaveCount(0);
    await expect(page.locator('a[rel="author"]')).toHaveCount(0);
    await expect(page.locator('.prose-article p')).toHaveCount(2);
    await expect(page.getByRole('complementary', { name: 'Latest' })).toBeVisible();
  });
});
