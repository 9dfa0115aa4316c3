import { apiToken } from './api-tokens.ts';
import { signUpAs } from './desk-helpers.ts';
import { expect, test } from './fixtures.ts';

/** The ingest API over real HTTP: wire copy in, updated by external id, read back; tokens from the desk. */
function token(scopes: ('articles:read' | 'articles:write')[]) {
  return apiToken(`e2e ${scopes.join(' ')}`, scopes);
}

test('wire copy is created, updated by external id, published and read back', async ({ request }) => {
  const auth = { authorization: `Bearer ${await token(['articles:write'])}` };
  const externalId = `wire-${Date.now()}`;
  const story = {
    externalId,
    headline: `Ferry strike called off ${externalId}`,
    // Not the busiest section or byline, which other specs count.
    section: 'sport',
    authors: ['kwame-mensah'],
    tags: ['Ferries'],
    body: 'Crews **accepted** the offer on Tuesday.\n\n## What changes\n\n- Sailings resume at six\n- Fares stay the same',
    status: 'published',
  };
  const created = await request.post('/api/v1/articles', { data: story, headers: auth });
  expect(created.status()).toBe(201);
  const { article } = await created.json();
  expect(article).toMatchObject({ externalId, status: 'published', section: 'sport', tags: ['Ferries'] });
  expect(article.body[0]).toEqual({ type: 'paragraph', content: [{ text: 'Crews ' }, { text: 'accepted', bold: true }, { text: ' the offer on Tuesday.' }] });

  const page = await request.get(new URL(article.url).pathname);
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain(story.headline);

  const again = await request.post('/api/v1/articles', { data: { ...story, headline: `${story.headline} (updated)` }, headers: auth });
  expect(again.status()).toBe(200);
  expect((await again.json()).article.id).toBe(article.id);

  const reader = { authorization: `Bearer ${await token(['articles:read'])}` };
  const read = await request.get(`/api/v1/articles/${article.id}`, { headers: reader });
  expect((await read.json()).article.headline).toBe(`${story.headline} (updated)`);
  const refused = await request.post('/api/v1/articles', { data: story, headers: reader });
  expect(refused.status()).toBe(403);

  const invalid = await request.post('/api/v1/articles', { data: { ...story, externalId: `${externalId}-b`, section: 'nowhere' }, headers: auth });
  expect(invalid.status()).toBe(422);
  expect((await invalid.json()).error).toMatchObject({ code: 'validation_failed', field: 'section' });
});

test('an admin creates an API token in the desk, sees it once, and can withdraw it', async ({ page }) => {
  await signUpAs(page, 'admin', 'Token Admin');
  await page.goto('/desk/tokens');
  await page.getByLabel('Integration name').fill('Wire service');
  await page.getByRole('button', { name: 'Create token' }).click();
  const secret = (await page.getByTestId('new-secret').textContent())?.trim() ?? '';
  expect(secret).toMatch(/^mrd_/);
  const ok = await page.request.get('/api/v1/articles/1', { headers: { authorization: `Bearer ${secret}` } });
  expect(ok.status()).toBe(200);

  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Withdraw Wire service' }).first().click();
  await expect(page.getByText(/Withdrawn/).first()).toBeVisible();
  const refused = await page.request.get('/api/v1/articles/1', { headers: { authorization: `Bearer ${secret}` } });
  expect(refused.status()).toBe(401);
});
