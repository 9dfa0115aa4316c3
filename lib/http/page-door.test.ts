import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateETag } from 'next/dist/server/lib/etag.js';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { notePageRead } from '../cache/page-reads.ts';
import { PageStore } from '../cache/page-store.ts';
import { installPageDoor, pageDoorInstalled, pageKeyOf } from './page-door.ts';


/** What "Next" (the server behind the door) serves: each path's page, how, and how often it was asked. */
interface FakePage {
  html: string;
  tags: string[];
  status?: number;
  cache?: 'HIT' | 'MISS' | 'STALE';
  cacheControl?: string;
  /** Read from the cache handler (as Next does for a hit); false for a page rendered now. */
  read?: boolean;
  /** Sent with another ETag than the page read (Next changed the bytes). */
  otherEtag?: boolean;
  /** A second, different page read for the same request. */
  secondRead?: boolean;
  setCookie?: string;
}

function html(headline: string): string {
  return `<!DOCTYPE html><html><body><h1>${headline}</h1><p>${'Crews worked through the night. '.repeat(80)}</p></body></html>`;
}

describe('the page door on a real server', () => {
  const pages = new Map<string, FakePage>();
  const asked: string[] = [];
  let store: PageStore;
  /** What the door asks for on each request (a disabled store in one test). */
  let current: () => PageStore = () => store;
  let uninstall: () => void;
  let server: http.Server;
  let origin: string;
  /** Runs while "Next" answers a request, before it sends (a revalidation arriving mid-request). */
  let whileAnswering: (() => void) | null = null;

  beforeAll(async () => {
    uninstall = installPageDoor(() => current());
    server = http.createServer((request, response) => {
      const path = request.url!.split('?')[0]!;
      asked.push(`${request.method} ${request.url}`);
      const page = pages.get(path);
      if (!page) return response.writeHead(404).end('not found');
      // Like Next: the cache handler's read happens in the request's async context, a tick later.
      setImmediate(() => {
        if (page.read !== false) notePageRead({ html: page.html, tags: page.tags, lastModified: Date.now() });
        if (page.secondRead) notePageRead({ html: `${page.html}<!-- another page -->`, tags: page.tags, lastModified: Date.now() });
        if (page.setCookie) response.setHeader('Set-Cookie', page.setCookie);
        whileAnswering?.();
        response.statusCode = page.status ?? 200;
        response.setHeader('Vary', 'rsc, next-router-state-tree');
        response.setHeader('x-nextjs-cache', page.cache ?? 'HIT');
        response.setHeader('Cache-Control', page.cacheControl ?? 's-maxage=60, stale-while-revalidate=86340');
        response.setHeader('ETag', generateETag(page.otherEtag ? `${page.html} ` : page.html));
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.end(request.method === 'HEAD' ? undefined : page.html);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    uninstall();
  });
  beforeEach(() => {
    store = new PageStore(4 * 1024 * 1024);
    pages.clear();
    asked.length = 0;
    whileAnswering = null;
  });

  async function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
    const response = await fetch(`${origin}${path}`, { method, headers });
    const body = Buffer.from(await response.arrayBuffer());
    return { status: response.status, headers: response.headers, body: body.toString() };
  }

  /** Raw bytes as sent (fetch would decode gzip itself). */
  function getRaw(path: string, headers: Record<string, string>): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
    return new Promise((resolve, reject) => {
      http
        .get(`${origin}${path}`, { headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
        })
        .on('error', reject);
    });
  }

  /** Gives the door's 'finish' handler its turn. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

  /** Asks for a page twice, as returning readers do: the door stores a page from its second cache hit. */
  async function getTwice(path: string) {
    const first = await get(path);
    await settle();
    await get(path);
    await settle();
    return first;
  }

  it('is installed once', () => {
    expect(pageDoorInstalled()).toBe(true);
    installPageDoor(() => new PageStore(0))();
    expect(pageDoorInstalled()).toBe(true);
  });

  it('stores a page Next served from its cache, and sends it again itself, byte for byte', async () => {
    pages.set('/news/a-story', { html: html('Harbour wall rebuilt'), tags: ['article:1', 'latest'] });
    const first = await get('/news/a-story');
    await settle();
    // A page Next serves from its cache once is only remembered: the long tail is not worth a copy.
    expect(store.size).toBe(0);
    expect((await get('/news/a-story')).headers.get('x-page-door')).toBeNull();
    await settle();
    const second = await get('/news/a-story?ref=mail');
    expect(asked).toEqual(['GET /news/a-story', 'GET /news/a-story']);
    expect(second.body).toBe(first.body);
    expect(second.headers.get('x-page-door')).toBe('HIT');
    expect(first.headers.get('x-page-door')).toBeNull();
    for (const name of ['etag', 'cache-control', 'content-type', 'x-nextjs-cache']) expect(second.headers.get(name), name).toBe(first.headers.get(name));
    expect(second.headers.get('vary')).toBe('rsc, next-router-state-tree, Accept-Encoding');
  });

  it('answers If-None-Match with 304, gzip to whom takes it, and HEAD without a body', async () => {
    const page = html('Ferry timetable changes');
    pages.set('/news/ferries', { html: page, tags: ['article:2'] });
    const first = await getTwice('/news/ferries');
    const etag = first.headers.get('etag')!;
    const revalidated = await get('/news/ferries', { 'If-None-Match': `W/${etag}, "other"` });
    expect([revalidated.status, revalidated.body, revalidated.headers.get('etag'), revalidated.headers.get('cache-control')]).toEqual([304, '', etag, first.headers.get('cache-control')]);
    const gzipped = await getRaw('/news/ferries', { 'Accept-Encoding': 'br, gzip;q=0.8' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body).toString()).toBe(page);
    expect(Number(gzipped.headers['content-length'])).toBe(gzipped.body.length);
    const refused = await getRaw('/news/ferries', { 'Accept-Encoding': 'gzip;q=0, identity' });
    expect([refused.headers['content-encoding'], refused.body.toString()]).toEqual([undefined, page]);
    const head = await get('/news/ferries', { 'Accept-Encoding': 'identity' }, 'HEAD');
    expect([head.status, head.body, head.headers.get('content-length')]).toEqual([200, '', String(Buffer.byteLength(page))]);
    expect(asked).toEqual(['GET /news/ferries', 'GET /news/ferries']);
  });

  it('leaves every request that is not for a public page’s HTML to Next', async () => {
    pages.set('/news/a-story', { html: html('Harbour wall rebuilt'), tags: ['article:1'] });
    await getTwice('/news/a-story');
    asked.length = 0;
    await get('/news/a-story', { RSC: '1' });
    await get('/news/a-story', { 'Next-Router-Prefetch': '1' });
    await get('/news/a-story', { Cookie: 'theme=dark; __prerender_bypass=abc' });
    await fetch(`${origin}/news/a-story`, { method: 'POST', body: 'x' });
    expect(asked).toEqual(['GET /news/a-story', 'GET /news/a-story', 'GET /news/a-story', 'POST /news/a-story']);
    // Crawlers that read only the head get Next's per-request render, as without the door.
    await get('/news/a-story', { 'User-Agent': 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)' });
    expect(asked).toHaveLength(5);
    // A signed-in reader, or Googlebot, gets the same public page.
    expect((await get('/news/a-story', { Cookie: 'meridian.session_token=abc' })).headers.get('x-page-door')).toBe('HIT');
    expect((await get('/news/a-story', { 'User-Agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' })).headers.get('x-page-door')).toBe('HIT');
  });

  it('stores nothing but a complete, shared-cacheable page that Next served from its cache', async () => {
    const cases: [string, Omit<FakePage, 'html' | 'tags'>][] = [
      ['/news/rendered-now', { cache: 'MISS', read: false }],
      ['/news/stale', { cache: 'STALE' }],
      ['/news/not-found', { status: 404 }],
      ['/news/private', { cacheControl: 'private, no-store' }],
      ['/news/no-shared-age', { cacheControl: 'max-age=60' }],
      ['/news/other-bytes', { otherEtag: true }],
      ['/news/not-read', { read: false }],
      ['/news/two-pages-read', { secondRead: true }],
      ['/news/sets-a-cookie', { setCookie: 'visitor=abc; Path=/' }],
    ];
    for (const [path, how] of cases) pages.set(path, { html: html(path), tags: ['latest'], ...how });
    for (const [path] of cases) await getTwice(path);
    for (const [path] of cases) expect((await get(path)).headers.get('x-page-door'), path).toBeNull();
    expect(store.size).toBe(0);
  });

  it('leaves every request to Next when the store may hold nothing (PAGE_STORE_MB=0)', async () => {
    pages.set('/news/a-story', { html: html('Harbour wall rebuilt'), tags: ['article:1'] });
    const disabled = new PageStore(0);
    current = () => disabled;
    try {
      for (let i = 0; i < 3; i++) expect((await get('/news/a-story')).headers.get('x-page-door')).toBeNull();
      await settle();
      expect([asked.length, disabled.size]).toEqual([3, 0]);
    } finally {
      current = () => store;
    }
  });

  it('never stores a page read before a revalidation that arrived while it was being sent', async () => {
    pages.set('/news/a-story', { html: html('Old headline'), tags: ['article:1'] });
    await get('/news/a-story');
    await settle();
    // The second hit would be stored, but a revalidation arrives while it is sent.
    whileAnswering = () => store.invalidate(['article:1']);
    await get('/news/a-story');
    await settle();
    whileAnswering = null;
    pages.set('/news/a-story', { html: html('New headline'), tags: ['article:1'] });
    expect((await get('/news/a-story')).body).toContain('New headline');
    expect(asked).toEqual(['GET /news/a-story', 'GET /news/a-story', 'GET /news/a-story']);
  });

  it('lets a revalidated page go to Next again, and stores the new version', async () => {
    pages.set('/news/a-story', { html: html('Old headline'), tags: ['article:1', 'latest'] });
    await getTwice('/news/a-story');
    store.invalidate(['latest']);
    pages.set('/news/a-story', { html: html('New headline'), tags: ['article:1', 'latest'] });
    expect((await get('/news/a-story')).body).toContain('New headline');
    await settle();
    // A page read before is stored again from its first hit after the revalidation.
    const again = await get('/news/a-story');
    expect([again.headers.get('x-page-door'), again.body.includes('New headline')]).toEqual(['HIT', true]);
    expect(asked).toHaveLength(3);
  });
});

describe('what the page door may answer', () => {
  const request = (url: string, method = 'GET', headers: http.IncomingHttpHeaders = {}) => ({ method, url, headers }) as http.IncomingMessage;

  it('keys public pages by their path, the query left out as Next’s page cache leaves it', () => {
    expect(pageKeyOf(request('/'))).toBe('/');
    expect(pageKeyOf(request('/news/a-story?utm_source=x'))).toBe('/news/a-story');
    expect(pageKeyOf(request('/tag/tides', 'HEAD'))).toBe('/tag/tides');
  });

  it('never answers for personal, private or dynamic pages, files or APIs', () => {
    for (const url of ['/desk', '/desk/articles/1', '/account/sign-in', '/preview/abc', '/search?q=x', '/gone/a-story', '/api/v1/articles', '/_next/static/a.js', '/media/a.jpg', '/robots.txt', '/feeds/news.xml', '/sitemaps/1.xml']) {
      expect(pageKeyOf(request(url)), url).toBeNull();
    }
    expect(pageKeyOf(request('/news/a-story', 'POST'))).toBeNull();
  });

  it('leaves to Next the spellings of a page that would each be a key of their own', () => {
    expect(pageKeyOf(request('/x/%2e%2e/news/a-story'))).toBeNull();
    expect(pageKeyOf(request('/x/%2E./news/a-story'))).toBeNull();
    expect(pageKeyOf(request(`/news/${'a'.repeat(1100)}`))).toBeNull();
  });
});
