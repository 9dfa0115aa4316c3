import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { invalidateUrlStatus, urlStatus } from './url-status-client.ts';

/** A stand-in for /api/internal/url-status over real HTTP: answers what `current` says, after `delayMs`. */
let current: { moved: Record<string, string>; gone: string[] } = { moved: {}, gone: [] };
let delayMs = 0;
let lookups = 0;
let server: http.Server;
let origin: string;

beforeAll(async () => {
  server = http.createServer((_request, response) => {
    lookups += 1;
    const body = JSON.stringify(current); // what the database said when the lookup arrived
    setTimeout(() => response.end(body), delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  delete (globalThis as { __meridianUrlStatus?: unknown }).__meridianUrlStatus;
  current = { moved: {}, gone: [] };
  delayMs = 0;
  lookups = 0;
});

describe('the proxy’s moved and gone slugs', () => {
  it('waits for the first list, then answers from memory within the second', async () => {
    current = { moved: { old: '/news/new' }, gone: ['pulled'] };
    const first = await urlStatus(origin, 'key');
    expect(first.moved.get('old')).toBe('/news/new');
    expect(first.gone.has('pulled')).toBe(true);
    current = { moved: {}, gone: [] };
    expect((await urlStatus(origin, 'key')).gone.has('pulled')).toBe(true);
    expect(lookups).toBe(1);
  });

  it('after a change here, the next request gets the new list', async () => {
    current = { moved: { old: '/news/new' }, gone: [] };
    await urlStatus(origin, 'key');
    current = { moved: {}, gone: [] };
    invalidateUrlStatus();
    expect((await urlStatus(origin, 'key')).moved.has('old')).toBe(false);
  });

  it('a lookup that was already out when the change was made does not answer for after it', async () => {
    current = { moved: { restored: '/news/renamed' }, gone: [] };
    await urlStatus(origin, 'key');
    // A second later a reader's request starts a slow refresh, which reads the list before the change...
    (globalThis as { __meridianUrlStatus?: { fetchedAt: number } }).__meridianUrlStatus!.fetchedAt -= 1000;
    delayMs = 150;
    const overtaken = urlStatus(origin, 'key');
    await new Promise((resolve) => setTimeout(resolve, 50));
    // ...then an editor restores the slug, and the next reader must not be sent to the renamed URL.
    current = { moved: {}, gone: [] };
    invalidateUrlStatus();
    delayMs = 0;
    expect((await urlStatus(origin, 'key')).moved.has('restored')).toBe(false);
    expect((await overtaken).moved.has('restored')).toBe(true);
    // The overtaken answer, arriving last, does not replace the newer one.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect((await urlStatus(origin, 'key')).moved.has('restored')).toBe(false);
  });

  it('keeps the last list when a lookup fails', async () => {
    current = { moved: {}, gone: ['pulled'] };
    await urlStatus(origin, 'key');
    invalidateUrlStatus();
    const failing = `http://127.0.0.1:${(server.address() as AddressInfo).port + 1}`;
    expect((await urlStatus(failing, 'key')).gone.has('pulled')).toBe(true);
  });
});
