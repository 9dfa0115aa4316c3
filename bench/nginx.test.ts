import { readFileSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEPLOY_CONFIG, nginxBinary, renderFileConfig, renderProxyConfig, startNginxProxy, testConfig, type RunningNginx } from './nginx.ts';

const source = readFileSync(DEPLOY_CONFIG, 'utf8');

describe('rendering deploy/nginx.conf (pure)', () => {
  const dir = '/tmp/meridian-nginx-x';
  const rendered = renderProxyConfig(source, { listenPort: 3650, upstreamPorts: [3651, 3652, 3653], dir, asRoot: false });
  const directives = (text: string, name: string) => text.split('\n').filter((l) => l.trim().startsWith(`${name} `));

  it('listens on the given port on loopback only', () => {
    expect(directives(rendered, 'listen')).toEqual(['        listen 127.0.0.1:3650 default_server;']);
  });

  it('lists every upstream port with the shipped server parameters', () => {
    const servers = directives(rendered, 'server').map((l) => l.trim()).filter((l) => l !== 'server {');
    expect(servers).toEqual([3651, 3652, 3653].map((p) => `server 127.0.0.1:${p} max_fails=3 fail_timeout=5s;`));
  });

  it('moves every path into the private directory', () => {
    const paths = rendered.split('\n').filter((l) => /^\s*[a-z_]+(?:_path|_log|pid)\s/.test(l) && !l.trim().startsWith('#'));
    expect(paths.length).toBeGreaterThanOrEqual(9);
    for (const line of paths) expect(line).toContain(dir);
    expect(rendered).not.toMatch(/\/var\/|\/run\//);
    expect(rendered).not.toMatch(/^user /m);
    expect(renderProxyConfig(source, { listenPort: 3650, upstreamPorts: [3651], dir, asRoot: true })).toMatch(/^user root;$/m);
  });

  it('keeps every caching rule exactly as shipped', () => {
    for (const name of ['proxy_cache', 'proxy_cache_key', 'proxy_cache_valid', 'proxy_no_cache', 'proxy_cache_bypass', 'proxy_ignore_headers', 'proxy_set_header', 'map', 'add_header']) {
      expect(directives(rendered, name), name).toEqual(directives(source, name));
    }
  });

  it('fails loudly when the shipped file no longer has what it substitutes', () => {
    expect(() => renderProxyConfig(source.replace(/listen 80 /, 'listen 8080 '), { listenPort: 1, upstreamPorts: [2], dir, asRoot: false })).toThrow(/listen 80/);
    expect(() => renderProxyConfig(source, { listenPort: 1, upstreamPorts: [], dir, asRoot: false })).toThrow();
    expect(() => renderProxyConfig(source, { listenPort: 1, upstreamPorts: [2], dir: '/tmp/a b', asRoot: false })).toThrow();
  });

  it('the file reference refuses content types that would break its config', () => {
    expect(renderFileConfig({ listenPort: 3650, dir, contentType: 'text/html; charset=utf-8', asRoot: false })).toContain('default_type "text/html; charset=utf-8";');
    expect(() => renderFileConfig({ listenPort: 3650, dir, contentType: 'text/html"; evil', asRoot: false })).toThrow();
  });
});

const binary = nginxBinary();
if (!binary) console.log('bench/nginx.test.ts: nginx not found (PATH, /usr/sbin, NGINX_BIN): skipping the tests that run it');
const withNginx = binary ? describe : describe.skip;

/** Ports for this machine's share (3600-3699); the range is fine anywhere else too. */
async function freePort(exclude: number[] = []): Promise<number> {
  const start = 3640 + Math.floor(Math.random() * 50);
  for (let i = 0; i < 60; i++) {
    const port = 3640 + ((start - 3640 + i) % 60);
    if (exclude.includes(port)) continue;
    const ok = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (ok) return port;
  }
  throw new Error('no free port in 3640-3699');
}

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

function get(port: number, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        // The stub never compresses; nginx's gzip fallback does (its answers are chunked, length unknown).
        const body = (res.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const PUBLIC = 's-maxage=60, stale-while-revalidate=86340';
const VARY = 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding';

/**
 * A stand-in for Next: public pages with Next's Cache-Control and Vary, RSC payloads for `RSC: 1`,
 * private answers, a Set-Cookie answer, and a per-path "published version" the tests can bump.
 * `/desk` and `/api/` answer with PUBLIC headers on purpose: nginx must refuse to cache them anyway.
 */
function startUpstream(port: number) {
  const hits = new Map<string, number>();
  const versions = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const rsc = req.headers.rsc === '1';
    hits.set(url.pathname, (hits.get(url.pathname) ?? 0) + 1);
    const version = versions.get(url.pathname) ?? 1;
    const respond = (status: number, headers: Record<string, string>) => {
      const type = rsc ? 'text/x-component' : 'text/html; charset=utf-8';
      const body = `${rsc ? 'RSC' : 'HTML'} ${url.pathname} v${version} ae=${req.headers['accept-encoding'] ?? ''} cookie=${req.headers.cookie ?? ''}`;
      res.writeHead(status, { 'Content-Type': type, Vary: VARY, ...headers });
      res.end(body);
    };
    const p = url.pathname;
    if (p.startsWith('/slow/')) setTimeout(() => respond(200, { 'Cache-Control': PUBLIC }), 300);
    else if (p.startsWith('/private/')) respond(200, { 'Cache-Control': 'private, no-store' });
    else if (p.startsWith('/nostore/')) respond(200, { 'Cache-Control': 'no-store' });
    else if (p.startsWith('/dynamic404/')) respond(404, { 'Cache-Control': 'private, no-cache, no-store, max-age=0, must-revalidate' });
    else if (p.startsWith('/missing/')) respond(404, { 'Cache-Control': 's-maxage=3600, stale-while-revalidate=601200' });
    else if (p.startsWith('/cookie/')) respond(200, { 'Cache-Control': PUBLIC, 'Set-Cookie': 'theme=dark; Path=/' });
    else respond(200, { 'Cache-Control': PUBLIC });
  });
  return {
    hits: (path: string) => hits.get(path) ?? 0,
    publish: (path: string) => versions.set(path, (versions.get(path) ?? 1) + 1),
    listen: () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve())),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    port: () => (server.address() as AddressInfo).port,
  };
}

withNginx('deploy/nginx.conf in front of a Next-like upstream', () => {
  let upstream: ReturnType<typeof startUpstream>;
  let nginx: RunningNginx;
  let port: number;

  beforeAll(async () => {
    const upstreamPort = await freePort();
    upstream = startUpstream(upstreamPort);
    await upstream.listen();
    port = await freePort([upstreamPort]);
    nginx = await startNginxProxy({ listenPort: port, upstreamPorts: [upstream.port()] });
  });

  afterAll(async () => {
    await nginx?.stop();
    await upstream?.close();
  });

  it('passes nginx -t as rendered', async () => {
    const out = await testConfig((dir) => renderProxyConfig(source, { listenPort: port, upstreamPorts: [1], dir, asRoot: process.getuid?.() === 0 }));
    expect(out).toMatch(/test is successful/);
  });

  it('serves a repeat within the second from the cache: one upstream request', async () => {
    const first = await get(port, '/news/repeat');
    const second = await get(port, '/news/repeat');
    expect(first.headers['x-cache']).toBe('MISS');
    expect(second.headers['x-cache']).toBe('HIT');
    expect(second.body).toBe(first.body);
    expect(upstream.hits('/news/repeat')).toBe(1);
  });

  it('shows a publish within about a second, with no purge: stale while updating, then the new version', async () => {
    const path = '/news/published';
    expect((await get(port, path)).body).toContain(' v1 ');
    upstream.publish(path);
    const started = Date.now();
    const seen: string[] = [];
    // "1s" in nginx lasts until the second tick after the fill (1-2 s), then one reader gets the stale
    // copy while the refresh runs in the background: the new version is out within ~2.1 s.
    while (Date.now() - started < 2500) {
      const reply = await get(port, path);
      seen.push(`${reply.headers['x-cache']}:${/ v(\d+) /.exec(reply.body)?.[1]}`);
      if (reply.body.includes(' v2 ')) break;
      await sleep(100);
    }
    expect(seen.at(-1)).toMatch(/:2$/);
    expect(Date.now() - started).toBeLessThan(2500);
    // Once out, it stays: the next reader sees it from the cache.
    expect((await get(port, path)).body).toContain(' v2 ');
    expect(seen.filter((s) => s.endsWith(':1')).every((s) => /^(HIT|STALE|UPDATING):/.test(s))).toBe(true);
  });

  it('lets 30 concurrent cold requests reach the upstream once (proxy_cache_lock)', async () => {
    const replies = await Promise.all(Array.from({ length: 30 }, () => get(port, '/slow/cold')));
    expect(new Set(replies.map((r) => r.body)).size).toBe(1);
    expect(replies.every((r) => r.status === 200)).toBe(true);
    expect(upstream.hits('/slow/cold')).toBe(1);
  });

  it('bypasses the cache for signed-in readers, drafts and tokens, and never stores their answers', async () => {
    const path = '/news/signed-in';
    const privateHeaders: Record<string, string>[] = [
      { Cookie: 'meridian.session_token=abc.def' },
      { Cookie: 'theme=dark; __Secure-meridian.session_token=abc.def' },
      { Cookie: '__prerender_bypass=1' },
      { Authorization: 'Bearer mrd_x' },
    ];
    for (const headers of privateHeaders) {
      const reply = await get(port, path, headers);
      expect(reply.headers['x-cache'], JSON.stringify(headers)).toBe('BYPASS');
    }
    expect(upstream.hits(path)).toBe(4);
    // Nothing was stored: an anonymous reader fills the cache itself and never sees a reader's page.
    const anonymous = await get(port, path);
    expect(anonymous.headers['x-cache']).toBe('MISS');
    expect(anonymous.body).toMatch(/cookie=$/);
    // A cookie that merely ends with the name is not a session.
    expect((await get(port, path, { Cookie: 'xmeridian.session_token=1' })).headers['x-cache']).toBe('HIT');
    expect(upstream.hits(path)).toBe(5);
  });

  it('never caches private, no-store or no-cache answers, although Cache-Control is ignored for the lifetime', async () => {
    for (const path of ['/private/a', '/nostore/a', '/dynamic404/a']) {
      await get(port, path);
      const second = await get(port, path);
      expect(second.headers['x-cache'], path).toBe('MISS');
      expect(upstream.hits(path), path).toBe(2);
    }
  });

  it('never caches an answer that sets a cookie', async () => {
    await get(port, '/cookie/a');
    expect((await get(port, '/cookie/a')).headers['x-cache']).toBe('MISS');
    expect(upstream.hits('/cookie/a')).toBe(2);
  });

  it('never caches /desk, /api/, /preview or /account, even with public headers', async () => {
    for (const path of ['/desk', '/desk/articles', '/api/x', '/preview/abc', '/account/sign-in', '/DESK']) {
      await get(port, path);
      const second = await get(port, path);
      expect(second.headers['x-cache'], path).toBeUndefined();
      expect(upstream.hits(path), path).toBe(2);
    }
  });

  it('micro-caches a public 404 (an unknown slug) like a page', async () => {
    await get(port, '/missing/slug');
    const second = await get(port, '/missing/slug');
    expect(second.status).toBe(404);
    expect(second.headers['x-cache']).toBe('HIT');
    expect(upstream.hits('/missing/slug')).toBe(1);
  });

  it('never mixes HTML and RSC answers for the same URL', async () => {
    const url = '/news/mixed?_rsc=abc123';
    const htmlFirst = await get(port, url);
    const rscFirst = await get(port, url, { RSC: '1' });
    const prefetch = await get(port, url, { RSC: '1', 'Next-Router-Prefetch': '1' });
    const htmlAgain = await get(port, url);
    const rscAgain = await get(port, url, { RSC: '1' });
    expect(htmlFirst.headers['content-type']).toMatch(/text\/html/);
    expect(rscFirst.headers['content-type']).toBe('text/x-component');
    expect(prefetch.headers['x-cache']).toBe('MISS');
    expect([htmlAgain.headers['x-cache'], rscAgain.headers['x-cache']]).toEqual(['HIT', 'HIT']);
    expect(htmlAgain.body).toMatch(/^HTML /);
    expect(rscAgain.body).toMatch(/^RSC /);
    expect(upstream.hits('/news/mixed')).toBe(3);
    // RSC 404s are not cached (Next does not check `_rsc` on them); HTML 404s are.
    await get(port, '/missing/rsc', { RSC: '1' });
    expect((await get(port, '/missing/rsc', { RSC: '1' })).headers['x-cache']).toBe('MISS');
  });

  it('keeps one gzip and one plain copy, whatever Accept-Encoding string the browser sends', async () => {
    const path = '/news/encodings';
    const chrome = await get(port, path, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    const safari = await get(port, path, { 'Accept-Encoding': 'gzip, deflate, br' });
    const plain = await get(port, path);
    const refused = await get(port, path, { 'Accept-Encoding': 'gzip;q=0, br' });
    expect(chrome.body).toContain('ae=gzip ');
    expect(safari.headers['x-cache']).toBe('HIT');
    expect(plain.body).toContain('ae= ');
    expect(refused.headers['x-cache']).toBe('HIT');
    expect(refused.body).toContain('ae= ');
    expect(upstream.hits(path)).toBe(2);
  });
});
