import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PageStore, pageStoreBytes, type StoredPage } from './page-store.ts';

let clock = 1_000_000;
const now = () => clock;

function page(text: string, tags: string[], freshFor = 60_000): StoredPage {
  return { headers: { 'Content-Type': 'text/html' }, etag: `"${text}"`, body: Buffer.from(text), gzip: null, tags, freshUntil: clock + freshFor };
}

describe('the page store', () => {
  it('gives back a stored page while it is fresh, and not after', () => {
    const store = new PageStore(1_000_000, now);
    expect(store.put('/news/a', page('story a', ['article:1']), store.generation)).toBe(true);
    expect(store.get('/news/a')?.body.toString()).toBe('story a');
    expect(store.get('/news/b')).toBeUndefined();
    clock += 60_000;
    expect(store.get('/news/a')).toBeUndefined();
    expect([store.size, store.bytes]).toEqual([0, 0]);
  });

  it('removes the pages rendered under a revalidated tag, and only those', () => {
    const store = new PageStore(1_000_000, now);
    store.put('/news/a', page('story a', ['article:1', 'latest']), store.generation);
    store.put('/news/b', page('story b', ['article:2', 'latest']), store.generation);
    store.put('/tag/tides', page('tag page', ['tag:tides']), store.generation);
    store.invalidate(['article:1']);
    expect(store.get('/news/a')).toBeUndefined();
    expect(store.get('/news/b')).toBeDefined();
    store.invalidate(['latest', 'unrelated']);
    expect(store.get('/news/b')).toBeUndefined();
    expect(store.get('/tag/tides')?.body.toString()).toBe('tag page');
  });

  it('refuses a page read before a revalidation that came since', () => {
    const store = new PageStore(1_000_000, now);
    const readAt = store.generation;
    store.invalidate(['article:9']); // any tag: the page's own tags are only known once it is read
    expect(store.put('/news/a', page('old story a', ['article:1']), readAt)).toBe(false);
    expect(store.get('/news/a')).toBeUndefined();
  });

  it('refuses a page that is no longer fresh', () => {
    const store = new PageStore(1_000_000, now);
    expect(store.put('/news/a', page('story a', ['article:1'], 0), store.generation)).toBe(false);
  });

  it('keeps within its size, letting the least recently used pages go first', () => {
    const store = new PageStore(800, now);
    store.put('/a', page('a'.repeat(100), []), store.generation);
    store.put('/b', page('b'.repeat(100), []), store.generation);
    store.get('/a'); // used: /b is now the oldest
    for (const key of ['/c', '/d', '/e', '/f', '/g', '/h', '/i']) store.put(key, page(key.repeat(50), []), store.generation);
    expect(store.bytes).toBeLessThanOrEqual(800);
    expect(store.get('/b')).toBeUndefined();
    expect(store.get('/a')).toBeDefined();
    // A page larger than an eighth of the store is not worth what it would push out.
    expect(store.put('/big', page('x'.repeat(101), []), store.generation)).toBe(false);
  });

  it('gzips a page once, counts it, and gives the same bytes back', () => {
    const store = new PageStore(1_000_000, now);
    const text = '<p>The harbour wall was rebuilt.</p>'.repeat(200);
    const stored = page(text, []);
    store.put('/news/a', stored, store.generation);
    const gzip = store.gzipped('/news/a', stored);
    expect(gunzipSync(gzip).toString()).toBe(text);
    expect(store.gzipped('/news/a', stored)).toBe(gzip);
    expect(store.bytes).toBe(text.length + gzip.length);
    // A page no longer stored is still gzipped for its request, but not counted.
    store.invalidate([]);
    const removed = page('gone', []);
    store.gzipped('/news/x', removed);
    expect(store.bytes).toBe(text.length + gzip.length);
  });

  it('admits a page from the second time it is offered, and keeps remembering it', () => {
    const store = new PageStore(1_000_000, now);
    expect(store.admits('/news/a')).toBe(false);
    expect(store.admits('/news/b')).toBe(false);
    expect(store.admits('/news/a')).toBe(true);
    // After a revalidation the page comes back on its next hit, not its second.
    store.invalidate(['article:1']);
    expect(store.admits('/news/a')).toBe(true);
  });

  it('remembers a bounded number of paths, forgetting first those not offered for longest', () => {
    const store = new PageStore(1_000_000, now);
    store.admits('/old');
    store.admits('/popular');
    for (let i = 0; i < 4000; i++) store.admits(`/archive/${i}`);
    expect(store.admits('/popular')).toBe(true); // offered again: remembered afresh
    for (let i = 4000; i < 4200; i++) store.admits(`/archive/${i}`);
    expect(store.admits('/old')).toBe(false);
    expect(store.admits('/popular')).toBe(true);
    expect(store.admits('/archive/4199')).toBe(true);
  });

  it('takes its size from PAGE_STORE_MB, and refuses nonsense', () => {
    expect(pageStoreBytes({})).toBe(16 * 1024 * 1024);
    expect(pageStoreBytes({ PAGE_STORE_MB: '0' })).toBe(0);
    expect(() => pageStoreBytes({ PAGE_STORE_MB: 'lots' })).toThrow(/PAGE_STORE_MB/);
  });
});
