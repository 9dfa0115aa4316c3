import { demoArticles } from '../lib/seed/demo/articles/index.ts';
import { confirmationLink, PASSWORD, setRole, signUpViaApi, uniqueEmail } from './accounts';
import { ARTICLE_WITH_LONG_THREAD, expect, test } from './fixtures';

const open = demoArticles.find((a) => a.status === 'published' && a.commentsMode === 'open' && a.section === 'sport' && a.visibility === 'public')!;
const premoderated = demoArticles.find((a) => a.status === 'published' && a.commentsMode === 'premoderated' && a.visibility === 'public')!;
const pathOf = (a: { section: string; slug: string }) => `/${a.section}/${a.slug}`;

async function openComments(page: import('@playwright/test').Page, path: string) {
  await page.goto(path);
  await page.locator('#comments').scrollIntoViewIfNeeded();
  // The island has loaded when its sort control is there.
  await expect(page.getByLabel('Sort comments')).toBeVisible({ timeout: 15_000 });
}

test.describe('comment threads', () => {
  test('sign up, comment, reply, recommend, edit, delete, report, and an editor approves a held comment', async ({ page, browser }) => {
    test.setTimeout(120_000);
    // Sign up through the form, confirm through the mailed link.
    const email = uniqueEmail('flow');
    await page.goto('/account/sign-up');
    await page.getByLabel('Display name').fill('Flow Tester');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: /create account|sign up/i }).click();
    await expect(page.getByText(/check your inbox/i)).toBeVisible();
    await page.goto(await confirmationLink(email));

    await openComments(page, pathOf(open));
    const words = `Flow comment ${Date.now()}`;
    await page.getByLabel('Your comment').fill(words);
    await page.getByRole('button', { name: 'Post comment' }).click();
    const mine = page.locator('article[data-comment-id]', { hasText: words }).first();
    await expect(mine).toBeVisible();
    await expect(mine).not.toContainText('Posting…', { timeout: 10_000 });

    // Reply to someone else's comment and recommend it.
    const other = page.locator('#comments article[data-comment-id]').filter({ hasNotText: words }).first();
    await other.getByRole('button', { name: 'Reply' }).click();
    const replyText = `A reply ${Date.now()}`;
    await page.getByLabel('Your reply').fill(replyText);
    await page.getByRole('button', { name: 'Post reply' }).click();
    const reply = page.locator('article[data-comment-id]', { hasText: replyText }).first();
    await expect(reply).toBeVisible();
    const recommend = other.getByRole('button', { name: /Recommend/ });
    await recommend.click();
    await expect(recommend).toHaveAttribute('aria-pressed', 'true');

    // Edit my comment, then delete my reply.
    await mine.getByRole('button', { name: 'Edit' }).click();
    await mine.getByRole('textbox').fill(`${words} (edited)`);
    await mine.getByRole('button', { name: 'Save' }).click();
    await expect(page.locator('article[data-comment-id]', { hasText: `${words} (edited)` }).first()).toBeVisible();
    page.once('dialog', (d) => d.accept());
    await reply.getByRole('button', { name: 'Delete' }).click();
    const confirm = page.getByRole('button', { name: /Yes, delete|Confirm delete/ });
    if (await confirm.isVisible().catch(() => false)) await confirm.click();
    await expect(page.getByText('This comment was removed by its author.').first()).toBeVisible();

    // Report someone else's comment.
    await other.getByRole('button', { name: 'Report' }).click();
    const confirmReport = page.getByRole('button', { name: /Send report|Confirm report|Yes, report/ });
    if (await confirmReport.isVisible().catch(() => false)) await confirmReport.click();
    await expect(other.getByText(/Reported/)).toBeVisible();

    // On a pre-moderated article the comment waits for an editor.
    await openComments(page, pathOf(premoderated));
    const held = `Held comment ${Date.now()}`;
    await page.getByLabel('Your comment').fill(held);
    await page.getByRole('button', { name: 'Post comment' }).click();
    await expect(page.locator('article[data-comment-id]', { hasText: held }).getByText(/Awaiting moderation/)).toBeVisible();

    const editorContext = await browser.newContext();
    const editor = await editorContext.newPage();
    await editor.goto('/');
    const editorAccount = await signUpViaApi(editor);
    await setRole(editorAccount.email, 'editor');
    await editor.goto('/desk/moderation?tab=pending');
    const row = editor.locator('li', { has: editor.locator('[data-moderation-id]', { hasText: held }) });
    await row.getByRole('button', { name: 'Approve' }).click();
    await expect(editor.getByRole('status')).toContainText('approve (1 item)');
    await editorContext.close();

    // Anyone now sees it.
    const readerContext = await browser.newContext();
    const reader = await readerContext.newPage();
    await expect(async () => {
      const response = await reader.request.get(`/api/articles/${await page.locator('#comments').getAttribute('data-article-id')}/comments`);
      expect(JSON.stringify(await response.json())).toContain(held);
    }).toPass({ timeout: 10_000 });
    await readerContext.close();
  });

  test('two readers see each other’s new comments without reloading', async ({ browser }) => {
    test.setTimeout(90_000);
    const [a, b] = [await browser.newContext(), await browser.newContext()];
    const [pageA, pageB] = [await a.newPage(), await b.newPage()];
    await pageA.goto('/');
    await signUpViaApi(pageA);
    await openComments(pageA, pathOf(open));
    await openComments(pageB, pathOf(open));
    const words = `Live from A ${Date.now()}`;
    await pageA.getByLabel('Your comment').fill(words);
    await pageA.getByRole('button', { name: 'Post comment' }).click();
    await expect(pageA.locator('article[data-comment-id]', { hasText: words })).toBeVisible();
    // B is told, without a reload, and the list does not jump until B asks.
    // Other tests may post to this thread too: the count can be more than one.
    const notice = pageB.getByRole('button', { name: /\d+ new comments?/ });
    await expect(notice).toBeVisible({ timeout: 30_000 });
    await notice.click();
    await expect(pageB.locator('article[data-comment-id]', { hasText: words })).toBeVisible();
    await a.close();
    await b.close();
  });

  test('"Load more" pages through a thread of over 1,000 comments', async ({ page }) => {
    await openComments(page, ARTICLE_WITH_LONG_THREAD);
    const topLevel = page.locator('#comments article[data-comment-depth="0"]');
    await expect(topLevel).toHaveCount(20);
    await page.getByRole('button', { name: 'Load more comments' }).click();
    await expect(topLevel).toHaveCount(40);
    await page.getByRole('button', { name: 'Load more comments' }).click();
    await expect(topLevel).toHaveCount(60);
    // Each page is new comments, not repeats.
    const ids = await topLevel.evaluateAll((els) => els.map((e) => e.getAttribute('data-comment-id')));
    expect(new Set(ids).size).toBe(60);
  });
});
