import { signUpViaApi } from './accounts.ts';
import { apiToken } from './api-tokens.ts';
import { expect, test } from './fixtures.ts';

/**
 * The page door (lib/http/page-door.ts) sends public pages from memory once Next has served them
 * from its cache. An editorial change must still reach the next reader: the door's copies go with
 * the tags the change revalidates.
 */
const writeToken = () => apiToken('e2e page door', ['articles:write']);

/** Requests `path` until the page door answers it; returns that response's body. */
async function untilTheDoorSends(baseURL: string, path: string): Promise<string> {
  let body = '';
  await expect
    .poll(
      async () => {
        const response = await fetch(`${baseURL}${path}`);
        body = await response.text();
        return response.headers.get('x-page-door');
      },
      { timeout: 5_000, intervals: [50] },
    )
    .toBe('HIT');
  return body;
}

test('a changed headline replaces the copies the page door sends, on the article and the front page', async ({ request, baseURL }) => {
  const auth = { authorization: `Bearer ${await writeToken()}` };
  const externalId = `door-${Date.now()}`;
  const story = { externalId, headline: `Tidal barrier closes ${externalId}`, section: 'sport', authors: ['kwame-mensah'], body: 'The barrier closed at noon.', status: 'published' };
  const created = await request.post('/api/v1/articles', { data: story, headers: auth });
  expect(created.status()).toBe(201);
  const path = new URL((await created.json()).article.url).pathname;

  expect(await untilTheDoorSends(baseURL!, path)).toContain(story.headline);
  expect(await untilTheDoorSends(baseURL!, '/')).toContain(story.headline);

  const headline = `Tidal barrier reopens ${externalId}`;
  expect((await request.post('/api/v1/articles', { data: { ...story, headline }, headers: auth })).status()).toBe(200);

  // The next reader gets the change, from Next; then the door sends the new version.
  for (const page of [path, '/']) {
    const next = await fetch(`${baseURL}${page}`);
    expect(next.headers.get('x-page-door'), page).toBeNull();
    expect(await next.text(), page).toContain(headline);
    expect(await untilTheDoorSends(baseURL!, page), page).toContain(headline);
  }
});

test('a reader’s comment replaces the article copy the page door sends', async ({ page, request, baseURL }) => {
  const auth = { authorization: `Bearer ${await writeToken()}` };
  const externalId = `door-comment-${Date.now()}`;
  const story = { externalId, headline: `Slipway repairs begin ${externalId}`, section: 'sport', authors: ['kwame-mensah'], body: 'Work starts on Monday.', status: 'published' };
  const created = await request.post('/api/v1/articles', { data: story, headers: auth });
  expect(created.status()).toBe(201);
  const { article } = await created.json();
  const path = new URL(article.url).pathname;
  await untilTheDoorSends(baseURL!, path);

  await signUpViaApi(page);
  const body = `The old slipway needed this ${externalId}`;
  const posted = await page.request.post(`/api/articles/${article.id}/comments`, {
    data: { body },
    headers: { origin: new URL(baseURL!).origin, 'Idempotency-Key': externalId },
  });
  expect(posted.status()).toBe(201);

  // Comments revalidate in the background: Next may send the old page once while it renders the new one.
  expect((await fetch(`${baseURL}${path}`)).headers.get('x-page-door')).toBeNull();
  await expect.poll(async () => (await (await fetch(`${baseURL}${path}`)).text()).includes(body), { timeout: 5_000, intervals: [100] }).toBe(true);
  expect(await untilTheDoorSends(baseURL!, path)).toContain(body);
});

test('what the page door sends is what Next sent: status, headers and bytes, gzip included', async ({ baseURL }) => {
  const path = '/news';
  // Retried as a whole: other specs publish stories that change the section page in between.
  await expect(async () => {
    const body = await untilTheDoorSends(baseURL!, path);
    // Next's own answer: the door steps aside for a draft-mode cookie, and Next serves its cache for one it did not issue.
    const fromNext = await fetch(`${baseURL}${path}`, { headers: { 'Accept-Encoding': 'identity', Cookie: '__prerender_bypass=not-issued-here' } });
    expect([fromNext.headers.get('x-nextjs-cache'), fromNext.headers.get('x-page-door')]).toEqual(['HIT', null]);
    expect(body).toBe(await fromNext.text());
    const fromDoor = await fetch(`${baseURL}${path}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(fromDoor.headers.get('x-page-door')).toBe('HIT');
    expect(fromDoor.headers.get('content-encoding')).toBe('gzip');
    expect(await fromDoor.text()).toBe(body);
    for (const name of ['content-type', 'cache-control', 'etag', 'x-nextjs-cache']) expect(fromDoor.headers.get(name), name).toBe(fromNext.headers.get(name));
    expect(fromDoor.headers.get('vary')).toMatch(/Accept-Encoding/);
  }).toPass({ timeout: 15_000 });
});
