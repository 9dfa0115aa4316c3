import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConcurrencyGate } from './concurrency-gate.ts';
import { installSearchGate, searchConcurrency, searchGate, searchGateInstalled } from './search-gate.ts';

/** A real server behind the search gate whose searches end only when the test says so. */
describe('the search gate on a real server', () => {
  let gate = new ConcurrencyGate(2, 1);
  const rendering: { url: string; finish: () => void }[] = [];
  let uninstall: () => void;
  let server: http.Server;
  let origin: string;
  beforeAll(async () => {
    uninstall = installSearchGate(() => gate);
    server = http.createServer((request, response) => {
      if (!request.url!.startsWith('/search')) return response.end(`page ${request.url}`);
      rendering.push({ url: request.url!, finish: () => response.end(`results for ${request.url}`) });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    uninstall();
  });

  const until = async (condition: () => boolean) => {
    for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(condition()).toBe(true);
  };

  it('renders a few searches at once, queues the next, turns away the rest, and lets other pages by', async () => {
    expect(searchGateInstalled()).toBe(true);
    gate = new ConcurrencyGate(2, 1);
    const answers = ['/search?q=tide', '/search?q=ferry', '/search?q=harbour'].map((path) => fetch(`${origin}${path}`));
    await until(() => rendering.length === 2 && gate.waiting === 1);
    expect(rendering.map((r) => r.url)).toEqual(['/search?q=tide', '/search?q=ferry']);

    const busy = await fetch(`${origin}/search?q=storm`);
    expect([busy.status, busy.headers.get('retry-after'), busy.headers.get('cache-control')]).toEqual([503, '2', 'no-store']);
    expect(await busy.text()).toContain('Search is busy');
    expect(await (await fetch(`${origin}/news`)).text()).toBe('page /news');

    rendering.shift()!.finish();
    await until(() => rendering.length === 2);
    expect(rendering[1]!.url).toBe('/search?q=harbour');
    for (const r of rendering.splice(0)) r.finish();
    expect(await Promise.all((await Promise.all(answers)).map((a) => a.text()))).toEqual([
      'results for /search?q=tide',
      'results for /search?q=ferry',
      'results for /search?q=harbour',
    ]);
    expect([gate.running, gate.waiting]).toEqual([0, 0]);
  });

  it('frees the place of a reader who goes away, waiting or rendering', async () => {
    gate = new ConcurrencyGate(1, 5);
    const gone = new AbortController();
    const first = fetch(`${origin}/search?q=first`, { signal: gone.signal }).catch(() => null);
    await until(() => rendering.length === 1);
    const waiting = new AbortController();
    const second = fetch(`${origin}/search?q=second`, { signal: waiting.signal }).catch(() => null);
    await until(() => gate.waiting === 1);
    waiting.abort();
    await until(() => gate.waiting === 0);
    gone.abort();
    await until(() => gate.running === 0);
    await Promise.all([first, second]);
    rendering.splice(0);
    const third = fetch(`${origin}/search?q=third`);
    await until(() => rendering.length === 1);
    rendering.shift()!.finish();
    expect(await (await third).text()).toBe('results for /search?q=third');
  });
});

describe('this process’s search gate', () => {
  it('is one gate, whatever else the process keeps on globalThis (the installed interceptor’s flag included)', () => {
    const uninstall = installSearchGate(searchGate);
    try {
      expect(searchGateInstalled()).toBe(true);
      expect(searchGate()).toBeInstanceOf(ConcurrencyGate);
      expect(searchGate()).toBe(searchGate());
    } finally {
      uninstall();
    }
  });
});

describe('SEARCH_CONCURRENCY', () => {
  it('defaults to 4 and refuses nonsense', () => {
    expect(searchConcurrency({})).toBe(4);
    expect(searchConcurrency({ SEARCH_CONCURRENCY: '8' })).toBe(8);
    for (const bad of ['0', '2.5', 'many']) expect(() => searchConcurrency({ SEARCH_CONCURRENCY: bad }), bad).toThrow(/SEARCH_CONCURRENCY/);
  });
});
