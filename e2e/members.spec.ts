import { demoArticles } from '../lib/seed/demo/articles/index.ts';
import { signUpViaApi } from './accounts';
import { expect, test } from './fixtures';

const membersArticle = demoArticles.find((a) => a.status === 'published' && a.visibility === 'members' && a.body.filter((b) => b.type === 'paragraph').length >= 3)!;
const path = `/${membersArticle.section}/${membersArticle.slug}`;
const paragraphs = membersArticle.body.flatMap((b) => (b.type === 'paragraph' ? [b.content.map((r) => r.text).join('')] : []));

test.describe('members-only articles', () => {
  test('anonymous readers get the preview and a prompt, and the rest is nowhere in the page', async ({ page }) => {
    const response = await page.goto(path);
    const html = (await response?.text()) ?? '';
    await expect(page.locator('h1')).toHaveText(membersArticle.headline);
    await expect(page.locator('.prose-article p').first()).toHaveText(paragraphs[0]!);
    await expect(page.getByRole('heading', { name: 'This article is for members' })).toBeVisible();
    await expect(page.getByText('Members', { exact: true }).first()).toBeVisible();
    // Neither the HTML nor the RSC payload carries the second paragraph.
    expect(html).not.toContain(paragraphs[1]!.slice(0, 60));
    const id = await page.locator('#comments').getAttribute('data-article-id');
    const body = await page.request.get(`/api/articles/${id}/body`);
    expect(body.status()).toBe(401);
    expect(await body.text()).not.toContain(paragraphs[1]!.slice(0, 60));
  });

  test('a signed-in member reads the whole article', async ({ page }) => {
    await page.goto('/');
    await signUpViaApi(page, { verify: false });
    await page.goto(path);
    await expect(page.getByText(paragraphs[1]!.slice(0, 60))).toBeVisible();
    await expect(page.getByText(paragraphs.at(-1)!.slice(0, 60))).toBeVisible();
    await expect(page.getByRole('heading', { name: 'This article is for members' })).toHaveCount(0);
  });

  test('teasers and metadata carry no gated text', async ({ page }) => {
    await page.goto(`/${membersArticle.section}`);
    const html = await page.content();
    for (const p of paragraphs.slice(1)) expect(html).not.toContain(p.slice(0, 60));
    await page.goto(path);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(paragraphs.slice(1).some((p) => description?.includes(p.slice(0, 40)))).toBe(false);
  });
});
