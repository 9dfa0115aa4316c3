import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measure } from './measure.ts';

/** The load process end to end, against a small local server that records what it receives. */

const seen: { method: string; url: string; cookie?: string; key?: string; origin?: string; ip?: string; body: string }[] = [];
let origin = '';
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c: Buffer) => (body += c.toString()));
  req.on('end', () => {
    seen.push({ method: req.method!, url: req.url!, cookie: req.headers.cookie, key: req.headers['idempotency-key']?.toString(), origin: req.headers.origin, ip: req.headers['x-forwarded-for']?.toString(), body });
    if (req.url === '/missing') res.writeHead(404).end('no');
    else if (req.method === 'POST') res.writeHead(201, { 'content-type': 'application/json' }).end('{}');
    else res.writeHead(200, { 'x-nextjs-cache': req.url === '/cached' ? 'HIT' : 'MISS' }).end('hello');
  });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('measure', () => {
  it('runs a fixed URL for the duration and watches the server process for CPU and RSS', async () => {
    seen.length = 0;
    const m = await measure({ kind: 'fixed', route: 'test', origin, path: '/page', connections: 2, duration: 1, warmup: 0.2, expectStatus: 200 }, [process.pid]);
    expect(m.result.requests).toBeGreaterThan(10);
    // Warm-up requests reach the server but are not counted.
    expect(seen.length).toBeGreaterThan(m.result.requests);
    expect(m.result.statusCodes).toEqual({ 200: m.result.requests });
    expect(m.result.non2xx + m.result.errors + m.result.timeouts).toBe(0);
    expect(m.result.seconds).toBeGreaterThan(0.9);
    expect(m.result.p50Ms).toBeGreaterThan(0);
    expect(m.result.p99Ms).toBeGreaterThanOrEqual(m.result.p50Ms);
    expect(m.cpuMsPerRequest).toBeGreaterThan(0);
    expect(m.peakRssMb).toBeGreaterThan(10);
    expect(m.loadCpuPercent).toBeGreaterThan(0);
  });

  it('reports a measurement without responses as NaN latencies, not a crash', async () => {
    const m = await measure({ kind: 'paths', route: 'test', origin, connections: 1, expectStatus: 200, warmupPaths: [], paths: [] }, []);
    expect(m.result.requests).toBe(0);
    expect(m.result.p50Ms).toBeNaN();
    expect(m.result.p99Ms).toBeNaN();
  });

  it('counts answers other than the expected status as errors', async () => {
    const m = await measure({ kind: 'fixed', route: 'test', origin, path: '/missing', connections: 1, duration: 0.5, warmup: 0, expectStatus: 200 }, []);
    expect(m.result.non2xx).toBe(m.result.requests);
    expect(m.cpuMsPerRequest).toBeNull();
  });

  it('stops when a warm-up path of a first-render run does not answer as expected', async () => {
    await expect(measure({ kind: 'paths', route: 'first-render', origin, connections: 1, expectStatus: 200, warmupPaths: ['/missing'], paths: ['/a'] }, [])).rejects.toThrow(
      /route "first-render" is broken: GET \/missing answered 404, expected 200/,
    );
  });

  it('requests each path exactly once, in order, after the warm-up paths, and counts cache hits', async () => {
    seen.length = 0;
    const m = await measure({ kind: 'paths', route: 'test', origin, connections: 1, expectStatus: 200, warmupPaths: ['/w1'], paths: ['/a', '/cached', '/b'] }, []);
    expect(seen.map((s) => s.url)).toEqual(['/w1', '/a', '/cached', '/b']);
    expect(m.result).toMatchObject({ requests: 3, cacheHits: 1, non2xx: 0 });
  });

  it('posts comments with a new body and idempotency key every time, readers in turn, with the Origin', async () => {
    seen.length = 0;
    const m = await measure(
      { kind: 'comment-post', route: 'test', origin, articleId: 7, cookies: ['s=a', 's=b', 's=c'], connections: 2, duration: 0.5, warmup: 0, expectStatus: 201, runId: 'r1' },
      [],
    );
    const posts = seen.filter((s) => s.method === 'POST');
    expect(m.result.requests).toBeGreaterThan(5);
    expect(m.result.non2xx).toBe(0);
    expect(posts.every((p) => p.url === '/api/articles/7/comments' && p.origin === origin)).toBe(true);
    expect(new Set(posts.map((p) => p.key)).size).toBe(posts.length);
    expect(new Set(posts.map((p) => (JSON.parse(p.body) as { body: string }).body)).size).toBe(posts.length);
    expect(new Set(posts.map((p) => p.cookie))).toEqual(new Set(['s=a', 's=b', 's=c']));
    // One address per reader.
    expect(new Set(posts.map((p) => `${p.cookie} ${p.ip}`)).size).toBe(3);
    expect(new Set(posts.map((p) => p.ip)).size).toBe(3);
  });
});
