import http from 'node:http';
import { demoArticles } from '../lib/seed/demo/articles/index.ts';
import { latestMail, PASSWORD, signUpViaApi, uniqueEmail } from './accounts';
import { expect, test } from './fixtures';

// Serial: the sign-in limit is per address, and both tests sign in from this one.
test.describe.configure({ mode: 'serial' });

test('session cookies are httpOnly and SameSite, and cached pages stay the same for signed-in readers', async ({ page, context }) => {
  await page.goto('/');
  const { name } = await signUpViaApi(page, { name: 'Cookie Checker' });
  const session = (await context.cookies()).find((c) => c.name.includes('session_token'));
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

  const article = demoArticles.find((a) => a.status === 'published' && a.visibility === 'public')!;
  const path = `/${article.section}/${article.slug}`;
  await page.request.get(path); // warm the cache
  const response = await page.request.get(path);
  expect(response.headers()['set-cookie']).toBeUndefined();
  expect(response.headers()['x-nextjs-cache']).toMatch(/HIT|STALE/);
  expect(await response.text()).not.toContain(name);
  // The masthead learns who is signed in in the browser.
  await page.goto(path);
  await expect(page.getByRole('banner').getByRole('link', { name })).toBeVisible();
});

test('a reader resets a forgotten password through the mailed link, and sign-in is rate limited', async ({ page }) => {
  await page.goto('/');
  const { email } = await signUpViaApi(page);
  await page.context().clearCookies();

  await page.goto('/account/forgot-password');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: /send|reset/i }).click();
  await expect(page.getByText(/If an account exists for that address/)).toBeVisible();
  const mail = await latestMail(email);
  const link = mail?.text_body.match(/https?:\/\/\S+/)?.[0];
  expect(link).toBeTruthy();

  await page.goto(link!);
  await expect(page).toHaveURL(/\/account\/reset-password\?token=/);
  const newPassword = 'an entirely new passphrase';
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel(/Confirm/).fill(newPassword);
  await page.getByRole('button', { name: /save|reset|set/i }).click();
  await expect(page.getByRole('heading', { name: 'Your password has been changed' })).toBeVisible();

  const origin = new URL(page.url()).origin;
  const signIn = (password: string) => page.request.post('/api/auth/sign-in/email', { data: { email, password }, headers: { origin } });
  expect((await signIn(PASSWORD)).status()).toBe(401);
  expect((await signIn(newPassword)).status()).toBe(200);
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) statuses.push((await signIn('wrong password entirely')).status());
  expect(statuses).toContain(429);
});

test('sign-in limits count per address, and a forged X-Forwarded-For buys no fresh attempts', async ({ baseURL }) => {
  // Loopback addresses of its own (Linux routes all of 127/8 to lo), so no other test shares their allowance.
  const address = () => `127.${1 + (process.pid % 250)}.${Date.now() % 250}.${1 + Math.floor(Math.random() * 250)}`;
  const from = address();
  const signIn = (source: string, i: number) =>
    postFrom(source, new URL('/api/auth/sign-in/email', baseURL), { email: uniqueEmail('nobody'), password: 'not the password at all' }, {
      'x-forwarded-for': `203.0.113.${i + 1}`,
      'x-client-address': `198.51.100.${i + 1}`,
    });
  const statuses: number[] = [];
  for (let i = 0; i < 7; i++) statuses.push(await signIn(from, i));
  expect(statuses[0]).toBe(401);
  expect(statuses.slice(-2)).toEqual([429, 429]);
  // Another reader is not held back by that one.
  let other = address();
  while (other === from) other = address();
  expect(await signIn(other, 0)).toBe(401);
});

/** POSTs JSON from a chosen local address (Playwright's request context cannot pick one); resolves the status. */
function postFrom(localAddress: string, url: URL, body: unknown, headers: Record<string, string>): Promise<number> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', localAddress, headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), origin: url.origin } },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

test('reading the session (every page does) is never rate limited', async ({ request }) => {
  const statuses = new Set<number>();
  for (let i = 0; i < 120; i++) statuses.add((await request.get('/api/auth/get-session')).status());
  expect([...statuses]).toEqual([200]);
});

test('a reader changes their display name, and the masthead follows', async ({ page }) => {
  await page.goto('/');
  await signUpViaApi(page, { name: 'Old Name' });
  await page.goto('/account');
  await page.getByRole('textbox', { name: 'Display name' }).fill('New Name');
  await page.getByRole('button', { name: 'Save display name' }).click();
  await expect(page.getByText('Your display name has been updated.')).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('banner').getByRole('link', { name: 'New Name' })).toBeVisible();
});
