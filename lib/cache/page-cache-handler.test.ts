import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import PageCacheHandler from './page-cache-handler.ts';
import { recordPageReads } from './page-reads.ts';
import { pageStore } from './page-store.ts';

// Next's real cache classes and file-system methods, on a real directory; no memory LRU, so every
// read comes from disk, as it does for a page that left the LRU or after a restart.
const require = createRequire(import.meta.url);
const { default: NextFileSystemCache } = require('next/dist/server/lib/incremental-cache/file-system-cache.js');
const { nodeFs } = require('next/dist/server/lib/node-fs-methods.js');

type CacheClass = new (ctx: object) => {
  set(key: string, data: object, ctx: object): Promise<void>;
  get(key: string, ctx: object): Promise<{ value: { html: string; rscData?: Buffer } } | null>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
};

const KEY = '/route-cache/APP_PAGE/0123abcd/$/news/a-story';
const page = (extra: object = {}) => ({
  kind: 'APP_PAGE',
  html: '<!DOCTYPE html><html><body><h1>A story</h1></body></html>',
  rscData: Buffer.from('0:["$","h1",null,{"children":"A story"}]\n'),
  status: 200,
  headers: { 'x-next-cache-tags': 'article:1' },
  postponed: undefined,
  segmentData: new Map([['/_tree', Buffer.from('tree')]]),
  ...extra,
});
const storeContext = { isRoutePPREnabled: true, isFallback: false, cacheControl: { revalidate: 60, expire: 86400 } };
const readContext = { kind: 'APP_PAGE', isRoutePPREnabled: true, isFallback: false };

let distDir: string;
beforeEach(() => {
  distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-cache-'));
});
afterEach(() => fs.rmSync(distDir, { recursive: true, force: true }));

function open(Cache: CacheClass) {
  // As in production: the server directory inside the build directory (.next/server in .next).
  return new Cache({ fs: nodeFs, dev: false, flushToDisk: true, serverDistDir: path.join(distDir, 'server'), revalidatedTags: [], maxMemoryCacheSize: 0 });
}

describe('the page cache handler', () => {
  it('reads a complete page rendered at request time back from disk', async () => {
    const cache = open(PageCacheHandler as unknown as CacheClass);
    await cache.set(KEY, page(), storeContext);
    const entry = await cache.get(KEY, readContext);
    expect(entry?.value.html).toContain('<h1>A story</h1>');
    expect(entry?.value.rscData?.toString()).toBe(page().rscData.toString());
  });

  it('is needed: Next 16.4.6 alone stores that page so that it can never be read back (vercel/next.js#98306)', async () => {
    // When this fails, Next has fixed it: drop lib/cache/page-cache-handler.ts and next.config's cacheHandler.
    const cache = open(NextFileSystemCache as CacheClass);
    await cache.set(KEY, page(), storeContext);
    expect(await cache.get(KEY, readContext)).toBeNull();
  });

  it('stores the page’s HTML one-byte, with its curly quotes as character references', async () => {
    const cache = open(PageCacheHandler as unknown as CacheClass);
    const html = `<!DOCTYPE html><html><body><h1>Women’s rowing</h1><p>${'The harbour wall was rebuilt. '.repeat(40)}</p></body></html>`;
    await cache.set(KEY, page({ html }), storeContext);
    const entry = await cache.get(KEY, readContext);
    expect(entry?.value.html).toContain('<h1>Women&#x2019;s rowing</h1>');
    expect(entry?.value.html).not.toMatch(/[^\u0000-\u00ff]/);
  });

  it('does not read back what an earlier run of the server wrote, whose tag expirations it cannot know; the build’s pages it does', async () => {
    const cache = open(PageCacheHandler as unknown as CacheClass);
    await cache.set(KEY, page(), storeContext);
    await cache.set(`${KEY}-built`, page(), storeContext);
    const dir = path.join(distDir, 'server/route-cache/APP_PAGE/0123abcd/$/news');
    const builtAt = new Date(Date.now() - 3_600_000);
    fs.writeFileSync(path.join(distDir, 'prerender-manifest.json'), '{}');
    fs.utimesSync(path.join(distDir, 'prerender-manifest.json'), builtAt, builtAt);
    // Written by an earlier run: after the build, before this process started.
    const earlierRun = new Date(performance.timeOrigin - 1000);
    fs.utimesSync(path.join(dir, 'a-story.html'), earlierRun, earlierRun);
    // Written by the build itself.
    const byTheBuild = new Date(builtAt.getTime() - 1000);
    fs.utimesSync(path.join(dir, 'a-story-built.html'), byTheBuild, byTheBuild);
    const restarted = open(PageCacheHandler as unknown as CacheClass);
    expect(await restarted.get(KEY, readContext)).toBeNull();
    expect(await restarted.get(`${KEY}-built`, readContext)).not.toBeNull();
    // What this run writes is read back.
    await restarted.set(KEY, page(), storeContext);
    expect(await restarted.get(KEY, readContext)).not.toBeNull();
  });

  it('replaces a page’s flight file whole when the page is stored again', async () => {
    const cache = open(PageCacheHandler as unknown as CacheClass);
    await cache.set(KEY, page(), storeContext);
    await cache.set(KEY, page({ html: '<p>Second version</p>', rscData: Buffer.from('second') }), storeContext);
    const entry = await cache.get(KEY, readContext);
    expect([entry?.value.html, entry?.value.rscData?.toString()]).toEqual(['<p>Second version</p>', 'second']);
    const dir = path.join(distDir, 'server/route-cache/APP_PAGE/0123abcd/$/news');
    expect(fs.readdirSync(dir).filter((name) => name.includes('.partial'))).toEqual([]);
  });

  it('writes no flight file where Next reads none: postponed pages and fallback shells', async () => {
    const cache = open(PageCacheHandler as unknown as CacheClass);
    await cache.set(KEY, page({ postponed: '{"state":1}' }), storeContext);
    await cache.set(`${KEY}-shell`, page(), { ...storeContext, isFallback: true });
    const written = fs.readdirSync(path.join(distDir, 'server/route-cache/APP_PAGE/0123abcd/$/news'));
    expect(written.filter((name) => name.endsWith('.rsc'))).toEqual([]);
    expect(written).toContain('a-story.html');
  });

  it('tells the page door what a complete page it reads for a request is made of', async () => {
    const cache = open(PageCacheHandler as unknown as CacheClass);
    await cache.set(KEY, page({ headers: { 'x-next-cache-tags': '_N_T_/layout,article:1,latest' } }), storeContext);
    await cache.set(`${KEY}-postponed`, page({ postponed: '{"state":1}' }), storeContext);
    let pending: Promise<unknown> = Promise.resolve();
    const reads = recordPageReads(() => (pending = cache.get(KEY, readContext)));
    await pending;
    expect(reads.page?.html).toBe(page().html);
    expect(reads.page?.tags).toEqual(['_N_T_/layout', 'article:1', 'latest']);
    expect(Math.abs(Date.now() - reads.page!.lastModified)).toBeLessThan(60_000);
    // A page with a part rendered per request, or a cached 404, is not the door's to send.
    await cache.set(`${KEY}-missing`, page({ status: 404 }), storeContext);
    for (const key of [`${KEY}-postponed`, `${KEY}-missing`]) {
      const other = recordPageReads(() => (pending = cache.get(key, readContext)));
      await pending;
      expect(other.page, key).toBeUndefined();
    }
  });

  it('removes the page door’s copies of pages under a tag it revalidates', async () => {
    const cache = open(PageCacheHandler as unknown as CacheClass);
    const store = pageStore();
    const stored = (text: string, tags: string[]) => ({ headers: {}, etag: '"x"', body: Buffer.from(text), gzip: null, tags, freshUntil: Date.now() + 60_000 });
    store.put('/news/a-story', stored('a', ['article:1']), store.generation);
    store.put('/news/b-story', stored('b', ['article:2']), store.generation);
    await cache.revalidateTag('article:1', { expire: 0 });
    expect(store.get('/news/a-story')).toBeUndefined();
    expect(store.get('/news/b-story')).toBeDefined();
  });
});
