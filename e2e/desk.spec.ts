import { toZonedInput } from '../lib/desk/zoned-time.ts';
import { BODY_IMAGE, expiredShareToken, HERO_IMAGE, rawStatus, signUpAs } from './desk-helpers.ts';
import { expect, test } from './fixtures.ts';

/**
 * An editor's day, end to end in a real browser against the production build:
 * write → preview → share → schedule → goes live by itself → rename (301) → restore → unpublish (410).
 */
test.describe.configure({ mode: 'serial' });

const stamp = Date.now().toString(36);
const HEADLINE = `Lighthouse keepers return to Aldine Point ${stamp}`;
const RENAMED = `Keepers back at the Aldine Point light ${stamp}`;
const RENAMED_SLUG = `keepers-back-at-aldine-point-${stamp}`;
let articleId = 0;
let articleUrl = '';
let storage: Awaited<ReturnType<import('@playwright/test').BrowserContext['storageState']>>;

test('an editor writes a draft with every block type and a hero image', async ({ page }) => {
  // About 15 s on a quiet machine; in the full suite, beside the desk accessibility sweep on 2 cores,
  // every keystroke in the editor took ~150 ms and the default 30 s ran out mid-typing (CI, stop 10).
  test.setTimeout(90_000);
  await signUpAs(page, 'editor', 'Edna Desk');
  storage = await page.context().storageState();
  await page.goto('/desk/articles/new');
  await expect(page.getByRole('heading', { level: 1, name: 'New article' })).toBeVisible();

  await page.getByLabel('Kicker').fill('Coast');
  await page.getByLabel('Headline').fill(HEADLINE);
  await page.getByLabel('Standfirst').fill('After forty years of automation, the light has people again.');
  await page.getByLabel('Upload image').setInputFiles(HERO_IMAGE);
  await expect(page.getByText('Uploaded. Check the alt text')).toBeVisible();
  await page.getByLabel('Alt text').first().fill('The white lighthouse at Aldine Point at dusk');
  await page.getByLabel('Caption').first().fill('Aldine Point light, restored this year.');
  // Sport and Kwame Mensah: other specs count the busiest section and byline of the demo content.
  await page.getByRole('combobox', { name: /^Section/ }).selectOption('sport');
  await page.getByRole('checkbox', { name: 'Kwame Mensah' }).check();

  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await page.keyboard.type('The keepers arrived on Monday with the morning tide.');
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  await page.keyboard.press('Enter');
  await toolbar.getByRole('button', { name: 'Heading 2' }).click();
  await page.keyboard.type('A house on the rock');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Read the ');
  await toolbar.getByRole('button', { name: 'Bold' }).click();
  await page.keyboard.type('harbour report');
  await toolbar.getByRole('button', { name: 'Bold' }).click();
  await page.keyboard.type('.');
  await page.keyboard.press('Enter');
  await toolbar.getByRole('button', { name: 'Quote' }).click();
  await page.keyboard.type('The light is a promise to every boat.');
  await page.getByLabel('Attribution').fill('Mara Quill, head keeper');
  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await toolbar.getByRole('button', { name: 'Bulleted list' }).click();
  await page.keyboard.type('Three keepers');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Two boats');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.getByTestId('rich-text-image-input').setInputFiles(BODY_IMAGE);
  await expect(page.getByTestId('rich-text-image')).toBeVisible();
  await page.getByTestId('rich-text-image').getByLabel('Caption').fill('Winter storms reach the lantern room.');

  // Autosave stores the draft and the URL becomes the article's.
  await expect(page).toHaveURL(/\/desk\/articles\/\d+$/, { timeout: 15_000 });
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/, { timeout: 15_000 });
  articleId = Number(page.url().split('/').pop());
  await expect(page.getByText('Draft', { exact: true }).first()).toBeVisible();
});

test('preview shows the unsaved version in the public layout, with the bar and noindex', async ({ browser }) => {
  const context = await browser.newContext({ storageState: storage });
  const page = await context.newPage();
  await page.goto(`/desk/articles/${articleId}`);
  await page.getByLabel('Standfirst').fill('An unsaved standfirst, seen only in the preview.');
  const popup = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = await popup;
  await preview.waitForLoadState();
  await expect(preview.getByTestId('preview-bar')).toContainText('readers do not see this version');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(HEADLINE);
  await expect(preview.getByText('An unsaved standfirst, seen only in the preview.')).toBeVisible();
  const article = preview.locator('article').first();
  await expect(article.getByRole('heading', { level: 2, name: 'A house on the rock' })).toBeVisible();
  await expect(article.locator('blockquote')).toContainText('The light is a promise to every boat.');
  await expect(article.getByText('Mara Quill, head keeper')).toBeVisible();
  await expect(article.locator('ul li')).toHaveText(['Three keepers', 'Two boats']);
  await expect(article.locator('strong', { hasText: 'harbour report' })).toBeVisible();
  await expect(article.getByRole('img', { name: 'The white lighthouse at Aldine Point at dusk' })).toBeVisible();
  await expect(article.getByText('Winter storms reach the lantern room.')).toBeVisible();
  await expect(preview.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  // Readers still get nothing at the article's address.
  expect((await rawStatus(preview.request, `/sport/${HEADLINE.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`)).status).toBe(404);
  // Leave the editor without the unsaved change.
  page.on('dialog', (d) => void d.accept());
  await context.close();
});

test('a share link opens the draft for someone without an account; tampered and expired links do not', async ({ browser }) => {
  const context = await browser.newContext({ storageState: storage });
  const page = await context.newPage();
  await page.goto(`/desk/articles/${articleId}`);
  await page.getByRole('button', { name: 'Create share link' }).click();
  const url = await page.getByTestId('share-url').inputValue();
  await context.close();

  const stranger = await browser.newContext();
  const reader = await stranger.newPage();
  await reader.goto(url);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(HEADLINE);
  await expect(reader.getByTestId('preview-bar')).toContainText('Shared preview');

  const tampered = url.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
  await reader.goto(tampered);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('This preview link does not work');
  await expect(reader.getByText(HEADLINE)).toHaveCount(0);

  await reader.goto(`/preview/share/${await expiredShareToken(articleId)}`);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('This preview link has expired');
  await expect(reader.getByText(HEADLINE)).toHaveCount(0);
  await stranger.close();
});

test('scheduled a minute ahead, it goes live by itself on the front page and the latest rail', async ({ browser }) => {
  test.setTimeout(150_000);
  const context = await browser.newContext({ storageState: storage });
  const page = await context.newPage();
  await page.goto(`/desk/articles/${articleId}`);
  const goLive = new Date(Date.now() + 60_000);
  await page.getByLabel('Publish at').fill(toZonedInput(goLive.toISOString(), 'Europe/London') + `:${String(goLive.getUTCSeconds()).padStart(2, '0')}`);
  await page.getByRole('button', { name: 'Schedule' }).click();
  await expect(page.getByText('Scheduled', { exact: true }).first()).toBeVisible();
  const slug = HEADLINE.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  articleUrl = `/sport/${slug}`;
  expect((await rawStatus(page.request, articleUrl)).status).toBe(404);

  await expect.poll(async () => (await rawStatus(page.request, articleUrl)).status, { timeout: 120_000, intervals: [2000] }).toBe(200);
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(articleUrl);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(HEADLINE);
  await expect
    .poll(
      async () => {
        await reader.goto('/');
        return (await reader.locator('main').getByText(HEADLINE).count()) > 0;
      },
      { timeout: 70_000, intervals: [3000] },
    )
    .toBe(true);
  await expect(reader.getByRole('complementary', { name: /Latest/ }).getByText(HEADLINE)).toBeVisible();
  await context.close();
});

test('a new headline and slug go live at once, and the old URL answers 301', async ({ browser }) => {
  const context = await browser.newContext({ storageState: storage });
  const page = await context.newPage();
  await page.goto(`/desk/articles/${articleId}`);
  await expect(page.getByText('Published', { exact: true }).first()).toBeVisible();
  await page.getByLabel('Headline').fill(RENAMED);
  await page.getByLabel('Slug').fill(RENAMED_SLUG);
  await page.getByRole('button', { name: 'Save and update' }).click();
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);

  const newUrl = `/sport/${RENAMED_SLUG}`;
  await expect.poll(async () => rawStatus(page.request, articleUrl), { timeout: 10_000 }).toEqual({ status: 301, location: expect.stringContaining(newUrl) });
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(articleUrl);
  await expect(reader).toHaveURL(new RegExp(`${newUrl}$`));
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(RENAMED);
  await context.close();
});

test('an editor restores an earlier revision from the side-by-side view', async ({ browser }) => {
  const context = await browser.newContext({ storageState: storage });
  const page = await context.newPage();
  await page.goto(`/desk/articles/${articleId}/revisions`);
  await expect(page.getByRole('heading', { level: 1, name: 'Revision history' })).toBeVisible();
  // The revision before the rename: the side-by-side view shows the old headline beside the new.
  const beforeRename = page.getByRole('navigation', { name: 'Revisions' }).getByRole('link', { name: /Status changed/ }).first();
  await beforeRename.click();
  const headlineRow = page.getByRole('row', { name: /Headline/ });
  await expect(headlineRow).toContainText(HEADLINE);
  await expect(headlineRow).toContainText(RENAMED);
  await expect(headlineRow).toContainText('changed');
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Restore this revision' }).click();
  await expect(page).toHaveURL(new RegExp(`/desk/articles/${articleId}$`));
  await expect(page.getByLabel('Headline')).toHaveValue(HEADLINE);
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(articleUrl);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(HEADLINE);
  await context.close();
});

test('unpublishing makes the article answer 410', async ({ browser }) => {
  const context = await browser.newContext({ storageState: storage });
  const page = await context.newPage();
  // While the story is up, its removal page is a 404, and that answer is cached: unpublishing must expire it.
  const removalPage = `/gone/${articleUrl.split('/').pop()}`;
  expect((await page.request.get(removalPage)).status()).toBe(404);
  await page.goto(`/desk/articles/${articleId}`);
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Unpublish' }).click();
  await expect(page.getByText('Unpublished', { exact: true }).first()).toBeVisible();
  await expect.poll(async () => (await rawStatus(page.request, articleUrl)).status, { timeout: 10_000 }).toBe(410);
  const gone = await page.request.get(articleUrl);
  expect(await gone.text()).toContain('This article has been removed');
  await context.close();
});

test('a contributor writes and submits but cannot publish', async ({ page }) => {
  await signUpAs(page, 'contributor', 'Cora Contrib');
  await page.goto('/desk/articles/new');
  await page.getByLabel('Headline').fill(`Contributor copy ${stamp}`);
  await expect(page).toHaveURL(/\/desk\/articles\/\d+$/, { timeout: 15_000 });
  const id = Number(page.url().split('/').pop());
  await expect(page.getByRole('button', { name: 'Submit for review' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Publish now' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Schedule' })).toHaveCount(0);
  const origin = new URL(page.url()).origin;
  const attempt = await page.request.post(`/api/desk/articles/${id}/workflow`, { data: { action: 'publish', version: 1 }, headers: { origin } });
  expect(attempt.status()).toBe(403);
  expect((await attempt.json()).error.code).toBe('forbidden');
  await expect(page.getByRole('link', { name: 'Staff' })).toHaveCount(0);
});

test('anonymous visitors are sent to sign in, and the desk and ingest APIs refuse them', async ({ page, baseURL }) => {
  const redirect = await rawStatus(page.request, '/desk');
  expect(redirect.status).toBe(307);
  expect(redirect.location).toContain('/account/sign-in?next=%2Fdesk');
  await page.goto('/desk/articles/new');
  await expect(page).toHaveURL(/\/account\/sign-in\?next=/);

  const origin = new URL(baseURL!).origin;
  const create = await page.request.post('/api/desk/articles', { data: { fields: { headline: 'x', section: 'news' } }, headers: { origin } });
  expect(create.status()).toBe(401);
  const ingest = await page.request.post('/api/v1/articles', { data: { headline: 'x', section: 'news' } });
  expect(ingest.status()).toBe(401);
  const bad = await page.request.post('/api/v1/articles', { data: { headline: 'x' }, headers: { authorization: 'Bearer mrd_not-a-real-token' } });
  expect(bad.status()).toBe(401);
  expect((await bad.json()).error.code).toBe('unauthenticated');
});
