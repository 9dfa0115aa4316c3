import { demoArticles } from '../lib/seed/demo/articles/index.ts';
import { signUpViaApi } from './accounts';
import { expect, test } from './fixtures';

/** The comments API answers every request, however malformed, with a clear JSON status: never a 500. */

const openArticle = demoArticles.find((a) => a.status === 'published' && a.commentsMode === 'open' && a.slug !== 'port-aldine-votes-on-harbour-bridge')!;

async function articleIdOf(page: import('@playwright/test').Page, path: string) {
  await page.goto(path);
  return Number(await page.locator('#comments').getAttribute('data-article-id'));
}

function expectError(body: unknown, code: string) {
  expect(body).toMatchObject({ error: { code, message: expect.any(String) } });
}

test.describe('comments API', () => {
  test('reads a thread with cursors, and refuses bad queries with 400/404', async ({ page, request }) => {
    const id = await articleIdOf(page, '/news/port-aldine-votes-on-harbour-bridge');
    const first = await request.get(`/api/articles/${id}/comments?limit=5`);
    expect(first.status()).toBe(200);
    const page1 = await first.json();
    expect(page1.comments).toHaveLength(5);
    expect(page1.total).toBeGreaterThan(1000);
    const second = await (await request.get(`/api/articles/${id}/comments?limit=5&cursor=${page1.nextCursor}`)).json();
    expect(second.comments.map((c: { id: number }) => c.id)).not.toContain(page1.comments[0].id);

    for (const [path, status, code] of [
      [`/api/articles/${id}/comments?sort=sideways`, 400, 'bad_request'],
      [`/api/articles/${id}/comments?limit=-1`, 400, 'bad_request'],
      [`/api/articles/${id}/comments?cursor=%00%FF`, 400, 'bad_request'],
      [`/api/articles/${id}/comments?parentId=999999999`, 404, 'not_found'],
      ['/api/articles/999999/comments', 404, 'not_found'],
      ['/api/articles/abc/comments', 404, 'not_found'],
      ['/api/articles/1e3/comments', 404, 'not_found'],
    ] as const) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(status);
      expectError(await response.json(), code);
    }
  });

  test('refuses writes without a session, from another origin, or with malformed bodies', async ({ page }) => {
    const id = await articleIdOf(page, `/${openArticle.section}/${openArticle.slug}`);
    const origin = new URL(page.url()).origin;
    // Raw bytes, so malformed JSON reaches the server as it is.
    const post = (data: unknown, headers: Record<string, string> = {}) =>
      page.request.post(`/api/articles/${id}/comments`, {
        data: typeof data === 'string' ? Buffer.from(data) : Buffer.from(JSON.stringify(data)),
        headers: { origin, 'content-type': 'application/json', ...headers },
      });

    const anonymous = await post({ body: 'hello' });
    expect(anonymous.status()).toBe(401);
    expectError(await anonymous.json(), 'unauthenticated');

    await signUpViaApi(page);
    const foreign = await post({ body: 'hello' }, { origin: 'https://evil.example' });
    expect(foreign.status()).toBe(403);
    expectError(await foreign.json(), 'bad_origin');

    const cases: [unknown, number][] = [
      ['{not json', 400],
      [JSON.stringify({ body: 42 }), 422],
      [JSON.stringify({ body: 'x', parentId: 'seven' }), 422],
      [JSON.stringify([1, 2, 3]), 422],
      [JSON.stringify({ body: '' }), 422],
      [JSON.stringify({ body: 'x'.repeat(40_000) }), 413],
      [JSON.stringify({ body: 'x'.repeat(3000) }), 422],
      [JSON.stringify({ body: 'reply to nothing', parentId: 999999999 }), 404],
    ];
    for (const [data, status] of cases) {
      const response = await post(data);
      expect(response.status(), String(data).slice(0, 40)).toBe(status);
      expect((await response.json()).error.code).toEqual(expect.any(String));
    }
    const notJson = await page.request.post(`/api/articles/${id}/comments`, { data: 'body=hi', headers: { origin, 'content-type': 'application/x-www-form-urlencoded' } });
    expect(notJson.status()).toBe(400);

    for (const [method, path] of [
      ['PATCH', '/api/comments/999999999'],
      ['DELETE', '/api/comments/999999999'],
      ['POST', '/api/comments/999999999/recommend'],
      ['POST', '/api/comments/999999999/report'],
      ['PATCH', '/api/comments/-1'],
    ] as const) {
      const response = await page.request.fetch(path, { method, data: { body: 'x' }, headers: { origin } });
      expect(response.status(), `${method} ${path}`).toBe(404);
    }
  });

  test('an Idempotency-Key replay returns the first comment instead of a second one', async ({ page }) => {
    const id = await articleIdOf(page, `/${openArticle.section}/${openArticle.slug}`);
    const origin = new URL(page.url()).origin;
    await signUpViaApi(page);
    const send = () =>
      page.request.post(`/api/articles/${id}/comments`, {
        data: { body: `Idempotent ${Date.now()}` },
        headers: { origin, 'idempotency-key': 'e2e-same-key' },
      });
    const first = await send();
    expect(first.status()).toBe(201);
    const replay = await send();
    expect(replay.status()).toBe(200);
    expect((await replay.json()).comment.id).toBe((await first.json()).comment.id);
  });

  test('an unverified account cannot post', async ({ page }) => {
    const id = await articleIdOf(page, `/${openArticle.section}/${openArticle.slug}`);
    await signUpViaApi(page, { verify: false });
    const response = await page.request.post(`/api/articles/${id}/comments`, { data: { body: 'Before confirming' }, headers: { origin: new URL(page.url()).origin } });
    expect(response.status()).toBe(403);
    expectError(await response.json(), 'email_unverified');
  });

  test('moderation actions need an editor', async ({ page }) => {
    await page.goto('/');
    const origin = new URL(page.url()).origin;
    const anonymous = await page.request.post('/api/moderation', { data: { action: 'approve', commentIds: [1] }, headers: { origin } });
    expect(anonymous.status()).toBe(401);
    await signUpViaApi(page);
    const reader = await page.request.post('/api/moderation', { data: { action: 'approve', commentIds: [1] }, headers: { origin } });
    expect(reader.status()).toBe(403);
  });
});
