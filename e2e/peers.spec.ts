import { spawn, type ChildProcess } from 'node:child_process';
import { apiToken } from './api-tokens.ts';
import { expect, test } from './fixtures.ts';
import { E2E_PEER_PORT, E2E_PORT, serverEnv } from './server-env.ts';

/**
 * Two instances behind one load balancer share the database but each keeps its own page cache.
 * A change made through one must reach readers of the other at once (REVALIDATE_PEERS), not after
 * the hour-long safety net.
 */
const peerURL = `http://127.0.0.1:${E2E_PEER_PORT}`;
let peer: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(60_000);
  // Its own process group, so stopping it also stops the server that the start script runs.
  peer = spawn('bash', ['scripts/start.sh', '-p', String(E2E_PEER_PORT)], {
    env: { ...process.env, ...serverEnv(E2E_PEER_PORT, E2E_PORT), PORT: String(E2E_PEER_PORT) },
    stdio: 'ignore',
    detached: true,
  });
  await expect
    .poll(async () => (await fetch(`${peerURL}/`).catch(() => null))?.status ?? 0, { timeout: 45_000, intervals: [250] })
    .toBe(200);
});

test.afterAll(() => {
  if (peer?.pid) process.kill(-peer.pid, 'SIGTERM');
});

test('a headline changed through one instance is what the other instance serves next', async ({ request }) => {
  const auth = { authorization: `Bearer ${await apiToken('e2e peers', ['articles:write'])}` };
  const externalId = `peer-${Date.now()}`;
  const story = { externalId, headline: `Lock gates reopen ${externalId}`, section: 'sport', authors: ['kwame-mensah'], body: 'The gates reopened at dawn.', status: 'published' };
  const created = await request.post('/api/v1/articles', { data: story, headers: auth });
  expect(created.status()).toBe(201);
  const path = new URL((await created.json()).article.url).pathname;

  // The other instance renders and caches the article, until its page door sends it (lib/http/page-door.ts).
  const first = await fetch(`${peerURL}${path}`);
  expect(await first.text()).toContain(story.headline);
  await expect.poll(async () => (await fetch(`${peerURL}${path}`)).headers.get('x-page-door'), { timeout: 3_000, intervals: [50] }).toBe('HIT');
  expect(await (await fetch(`${peerURL}${path}`)).text()).toContain(story.headline);

  const headline = `Lock gates reopen early ${externalId}`;
  const updated = await request.post('/api/v1/articles', { data: { ...story, headline }, headers: auth });
  expect(updated.status()).toBe(200);

  await expect.poll(async () => (await (await fetch(`${peerURL}${path}`)).text()).includes(headline), { timeout: 3_000, intervals: [100] }).toBe(true);
});

test('the revalidation endpoint refuses callers without the internal key', async () => {
  const response = await fetch(`${peerURL}/api/internal/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tags: ['front'], mode: 'now' }),
  });
  expect(response.status).toBe(404);
  expect((await response.json()).error.code).toBe('not_found');
});
