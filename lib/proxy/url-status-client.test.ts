import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { invalidateUrlStatus, urlStatus, type UrlStatusSnapshot } from './url-status-client.ts';

/**
 * A stand-in for /api/internal/url-status over real HTTP. Each lookup reads `current` when it arrives
 * (as the app reads the database); while `hold` is set its answer waits until the test releases it.
 */
let current: { moved: Record<string, string>; gone: string[] } = { moved: {}, gone: [] };
let hold = false;
let failing = false;
let held: (() => void)[] = [];
let arrivals: (() => void)[] = [];
let lookups = 0;
let server: http.Server;
let origin: string;

beforeAll(async () => {
  server = http.createServer((_request, response) => {
    lookups += 1;
    const body = JSON.stringify(current);
    for (const arrived of arrivals.splice(0)) arrived();
    const answer = () => {
      response.statusCode = failing ? 500 : 200;
      response.end(body);
    };
    if (hold) held.push(answer);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
// A failed test may leave answers held: release them so the server can close.
afterEach(() => {
  hold = false;
  for (const answer of held.splice(0)) answer();
});

type Entry = { fetchedAt: number; pending: Promise<UrlStatusSnapshot> | null };
const entry = () => (globalThis as { __meridianUrlStatus?: Entry }).__meridianUrlStatus!;
const nextArrival = () => new Promise<void>((resolve) => arrivals.push(resolve));

beforeEach(() => {
  delete (globalThis as { __meridianUrlStatus?: unknown }).__meridianUrlStatus;
  current = { moved: {}, gone: [] };
  hold = false;
  failing = false;
  held = [];
  arrivals = [];
  lookups = 0;
});

describe('the moved and gone slugs (front door and proxy)', () => {
  it('waits for the first list (one lookup for all who ask), then answers from memory within the second', async () => {
    current = { moved: { old: '/news/new' }, gone: ['pulled'] };
    const [first, second] = await Promise.all([urlStatus(origin, 'key'), urlStatus(origin, 'key')]);
    expect(first.moved.get('old')).toBe('/news/new');
    expect(second.gone.has('pulled')).toBe(true);
    current = { moved: {}, gone: [] };
    // From memory: the snapshot itself, not a promise, so the front door answers at once.
    const fromMemory = urlStatus(origin, 'key');
    expect(fromMemory).not.toBeInstanceOf(Promise);
    expect((fromMemory as UrlStatusSnapshot).gone.has('pulled')).toBe(true);
    expect(lookups).toBe(1);
  });

  it('while no list has ever loaded (a server still starting), a failed lookup is tried again within a fifth of a second', async () => {
    failing = true;
    expect((await urlStatus(origin, 'key')).gone.size).toBe(0);
    failing = false;
    current = { moved: {}, gone: ['pulled'] };
    await new Promise((resolve) => setTimeout(resolve, 250));
    // The retry is made, and this request waits for it rather than taking the empty list.
    expect((await urlStatus(origin, 'key')).gone.has('pulled')).toBe(true);
    expect(lookups).toBe(2);
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
    // A second later a reader's request starts a refresh, which reads the list before the change...
    entry().fetchedAt -= 1000;
    hold = true;
    const arrived = nextArrival();
    await urlStatus(origin, 'key');
    await arrived;
    const overtaken = entry().pending!;
    // ...then an editor restores the slug: the next reader must not be sent to the renamed URL.
    current = { moved: {}, gone: [] };
    invalidateUrlStatus();
    const freshArrived = nextArrival();
    const next = urlStatus(origin, 'key');
    // Before the fix, no fresh lookup was made: the request waited on the overtaken one.
    expect(await Promise.race([freshArrived.then(() => 'fresh lookup'), new Promise((r) => setTimeout(() => r('none'), 1000))])).toBe('fresh lookup');
    for (const answer of held.splice(1)) answer(); // the fresh lookup answers first
    expect((await next).moved.has('restored')).toBe(false);
    held.splice(0)[0]!(); // the overtaken one answers last, with the old list
    expect((await overtaken).moved.has('restored')).toBe(true);
    expect((await urlStatus(origin, 'key')).moved.has('restored')).toBe(false);
  });

  it('keeps the last list when a lookup fails', async () => {
    current = { moved: {}, gone: ['pulled'] };
    await urlStatus(origin, 'key');
    failing = true;
    invalidateUrlStatus();
    expect((await urlStatus(origin, 'key')).gone.has('pulled')).toBe(true);
  });
});
