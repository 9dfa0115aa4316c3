import { demoArticles } from '../lib/seed/demo/articles/index.ts';
import { signUpViaApi } from './accounts';
import { expect, test } from './fixtures';

/** A selection of the OWASP XSS filter-evasion cheat sheet, as comments and as display names. */
const PAYLOADS = [
  `<script>alert('XSS')</script>`,
  `<IMG SRC="javascript:alert('XSS');">`,
  `<IMG SRC=javascript:alert('XSS')>`,
  `<IMG SRC=JaVaScRiPt:alert('XSS')>`,
  '<IMG SRC=`javascript:alert("RSnake says, \'XSS\'")`>',
  `<a onmouseover="alert(document.cookie)">xxs link</a>`,
  `<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\\>`,
  `<IMG SRC=# onmouseover="alert('xxs')">`,
  `<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>`,
  `<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">`,
  `<SVG/ONLOAD=alert('XSS')>`,
  `<BODY ONLOAD=alert('XSS')>`,
  `<IFRAME SRC="javascript:alert('XSS');"></IFRAME>`,
  `"><script>alert(1)</script>`,
  `javascript:alert(1)`,
  `<a href="javascript:alert(1)">click</a> and https://example.org/"><script>alert(2)</script>`,
];

const article = demoArticles.find((a) => a.status === 'published' && a.commentsMode === 'open' && a.visibility === 'public' && a.section === 'culture')!;

test('XSS payloads in comments and display names are shown as text and run nothing', async ({ page }) => {
  test.setTimeout(90_000);
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto(`/${article.section}/${article.slug}`);
  const id = await page.locator('#comments').getAttribute('data-article-id');
  const origin = new URL(page.url()).origin;
  await signUpViaApi(page, { name: `<img src=x onerror=alert('name')>` });
  for (const payload of PAYLOADS) {
    const response = await page.request.post(`/api/articles/${id}/comments`, { data: { body: payload }, headers: { origin } });
    expect(response.status(), payload).toBe(201);
  }
  // The server-rendered page (after revalidation) and the live island both show them as text.
  await page.goto(`/${article.section}/${article.slug}`);
  await page.locator('#comments').scrollIntoViewIfNeeded();
  await expect(page.locator('#comments').getByText(PAYLOADS[0]!, { exact: true }).first()).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('#comments').getByText(`<img src=x onerror=alert('name')>`).first()).toBeVisible();
  // Read every href in one step: the live island may re-render the list between two reads.
  const hrefs = await page.locator('#comments a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href.toLowerCase()).not.toContain('javascript:');
  expect(await page.locator('#comments script, #comments iframe, #comments svg[onload], #comments img[onerror]').count()).toBe(0);
  await page.mouse.move(10, 10);
  await page.waitForTimeout(500);
  expect(dialogs).toEqual([]);
});
