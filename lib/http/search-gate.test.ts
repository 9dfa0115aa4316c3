import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConcurrencyGate } from './concurrency-gate.ts';
import { installSearchGate, isSearchRender, searchConcurrency, searchGate, searchGateInstalled } from './search-gate.ts';

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

describe('the search gate on a pipelined connection', () => {
  let gate = new ConcurrencyGate(1, 5);
  const started: string[] = [];
  let uninstall: () => void;
  let server: http.Server;
  let port: number;
  beforeAll(async () => {
    uninstall = installSearchGate(() => gate);
    // Never answers a search: the connection's close is the only way out.
    server = http.createServer((request) => void started.push(request.url!));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    uninstall();
  });

  it('gives back the places of every search on a connection that closes, the ones queued behind others too', async () => {
    gate = new ConcurrencyGate(1, 5);
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    // Two requests in one packet: Node emits both, and the second's response waits behind the first's.
    socket.write('GET /search?q=a HTTP/1.1\r\nHost: x\r\n\r\nGET /search?q=b HTTP/1.1\r\nHost: x\r\n\r\n');
    for (let i = 0; i < 200 && !(started.length === 1 && gate.waiting === 1); i++) await new Promise((resolve) => setTimeout(resolve, 5));
    expect([started, gate.running, gate.waiting]).toEqual([['/search?q=a'], 1, 1]);
    socket.destroy();
    for (let i = 0; i < 200 && gate.running + gate.waiting > 0; i++) await new Promise((resolve) => setTimeout(resolve, 5));
    expect([gate.running, gate.waiting]).toEqual([0, 0]);
    // The queued search never reached the server: its reader was gone when its turn came.
    expect(started).toEqual(['/search?q=a']);
  });

  it('gives back the place of a search rendering behind another on a connection that closes (Node closes every response queued on it)', async () => {
    gate = new ConcurrencyGate(2, 5);
    started.length = 0;
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write('GET /search?q=c HTTP/1.1\r\nHost: x\r\n\r\nGET /search?q=d HTTP/1.1\r\nHost: x\r\n\r\n');
    for (let i = 0; i < 200 && started.length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 5));
    expect([started, gate.running]).toEqual([['/search?q=c', '/search?q=d'], 2]);
    socket.destroy();
    for (let i = 0; i < 200 && gate.running > 0; i++) await new Promise((resolve) => setTimeout(resolve, 5));
    expect([gate.running, gate.waiting]).toEqual([0, 0]);
  });
});

describe('what the search gate holds back', () => {
  const request = (url: string, method = 'GET') => ({ method, url }) as http.IncomingMessage;

  it('every spelling of the search page Next would render, and nothing else', () => {
    for (const url of ['/search', '/search?q=tide', '/search/', 'http://example.org/search?q=tide', '/a/%2e%2e/search?q=tide', '/%73earch?q=tide', '/SEARCH?q=tide']) {
      expect(isSearchRender(request(url)), url).toBe(true);
    }
    expect(isSearchRender(request('/search?q=tide', 'HEAD'))).toBe(true);
    for (const url of ['/searching', '/news/search', '/', '/%E0%A4%A']) expect(isSearchRender(request(url)), url).toBe(false);
    expect(isSearchRender(request('/search?q=tide', 'POST'))).toBe(false);
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
