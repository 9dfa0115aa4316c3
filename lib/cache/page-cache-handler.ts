import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type NextFileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache';
import { oneByteHtml } from './one-byte-html.ts';
import { notePageRead } from './page-reads.ts';
import { pageStore } from './page-store.ts';

/**
 * Next's own page cache (memory LRU in front of files under .next/server), loaded by next.config.mjs
 * `cacheHandler`, with three changes. Next loads this file itself with a native import, so it is
 * TypeScript that Node can strip (no enums; project imports by relative path with their extension).
 *
 * 1. A fix (vercel/next.js#98306, upstream PR #98307): with Cache Components, a page rendered at
 *    request time is stored as .html, .meta and segments but without its .rsc (flight) file, which
 *    reading it back requires. Every page that left the memory LRU, and every page after a restart,
 *    was therefore rendered again on each request (a MISS at first-render cost, about 45 ms here)
 *    instead of being read from disk. This writes the .rsc file the reader expects, exactly when it
 *    expects it: a complete page (nothing postponed) that is not a fallback shell.
 * 2. Pages are stored as one-byte strings (./one-byte-html.ts), which every cached response then
 *    measures and encodes for the socket faster.
 * 3. Entries an earlier run of the server wrote are not read back. Next keeps tag expirations in
 *    memory only, so after a restart it cannot tell whether a stored page was revalidated before (a
 *    story edited, then the server restarted): such a page is rendered again, as Next 16.4.6 did for
 *    every page. Pages prerendered by the build, older than the build, are still read.
 * 4. The page door (lib/http/page-door.ts) learns what each complete page it reads is made of, and
 *    revalidating a tag removes the door's copies along with Next's.
 */
const require = createRequire(import.meta.url);
const { default: FileSystemCache } = require('next/dist/server/lib/incremental-cache/file-system-cache.js') as {
  default: typeof NextFileSystemCache;
};

type SetArgs = Parameters<NextFileSystemCache['set']>;

/** The members of Next's class this needs; private in its typings. */
interface FileSystemCacheInternals {
  flushToDisk?: boolean;
  getFilePath(key: string, kind: 'APP_PAGE'): string;
}

type GetArgs = Parameters<NextFileSystemCache['get']>;
type CacheEntry = Awaited<ReturnType<NextFileSystemCache['get']>>;

/** When this process started: entries written since are this run's. */
const STARTED_AT = performance.timeOrigin;

/** Whether an entry was written by an earlier run of the server (after the build, before this start). */
function fromEarlierRun(lastModified: number | undefined, builtAt: number): boolean {
  return lastModified !== undefined && lastModified > builtAt && lastModified < STARTED_AT;
}

function buildTime(serverDistDir: string): number {
  try {
    // Written after the build's prerendered pages (BUILD_ID is written before them).
    return fs.statSync(path.join(serverDistDir, '..', 'prerender-manifest.json')).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY; // unknown: treat every stored entry as the build's
  }
}

/** The parts of a stored page this looks at (Next's const enums cannot be imported at run time). */
interface StoredPage {
  kind: string;
  html?: unknown;
  rscData?: Buffer;
  postponed?: string;
  status?: number;
  headers?: Record<string, unknown>;
}

/** Tells the page door about a complete page (no part left to render at request time) read for its request. */
function tellPageDoor(entry: CacheEntry): void {
  const page = entry?.value as StoredPage | null | undefined;
  if (page?.kind !== 'APP_PAGE' || typeof page.html !== 'string' || page.postponed != null) return;
  if (page.status !== undefined && page.status !== 200) return;
  const tags = page.headers?.['x-next-cache-tags'];
  if (typeof tags !== 'string' || entry?.lastModified === undefined) return;
  notePageRead({ html: page.html, tags: tags.split(','), lastModified: entry.lastModified });
}

/** The entry to store: a page's HTML as a one-byte string where that is worth it. */
function withOneByteHtml(data: SetArgs[1]): SetArgs[1] {
  const page = data as StoredPage | null;
  if (page?.kind !== 'APP_PAGE' || typeof page.html !== 'string') return data;
  const html = oneByteHtml(page.html);
  return html === null ? data : ({ ...page, html } as unknown as SetArgs[1]);
}

/** The flight data Next stores a page without although its reader will ask for it, else null. */
function missingFlightData(data: SetArgs[1], ctx: SetArgs[2]): Buffer | null {
  const page = data as StoredPage | null;
  if (page?.kind !== 'APP_PAGE' || !page.rscData) return null;
  const context = ctx as { isRoutePPREnabled?: boolean; isFallback?: boolean; fetchCache?: boolean };
  // Next writes it itself when PPR is off; fallback shells and postponed pages are read without it.
  return context.isRoutePPREnabled === true && !context.isFallback && !context.fetchCache && page.postponed == null ? page.rscData : null;
}

export default class PageCacheHandler extends FileSystemCache {
  private readonly builtAt: number;

  constructor(ctx: ConstructorParameters<typeof NextFileSystemCache>[0]) {
    super(ctx);
    this.builtAt = buildTime(ctx.serverDistDir);
  }

  override async get(...args: GetArgs): Promise<CacheEntry> {
    const entry = await super.get(...args);
    if (!entry || fromEarlierRun(entry.lastModified, this.builtAt)) return null;
    tellPageDoor(entry);
    return entry;
  }

  override async revalidateTag(...args: Parameters<NextFileSystemCache['revalidateTag']>): Promise<void> {
    try {
      await super.revalidateTag(...args);
    } finally {
      const [tags] = args;
      pageStore().invalidate(typeof tags === 'string' ? [tags] : tags);
    }
  }

  override async set(key: SetArgs[0], value: SetArgs[1], ctx: SetArgs[2]): Promise<void> {
    const data = withOneByteHtml(value);
    const internals = this as unknown as FileSystemCacheInternals;
    const flightData = internals.flushToDisk ? missingFlightData(data, ctx) : null;
    const flightPath = flightData ? internals.getFilePath(`${key}.rsc`, 'APP_PAGE') : null;
    // The previous version's flight file goes first, so that a read while the new page is written
    // finds no flight file (a miss) rather than the new HTML with the old data.
    if (flightPath) await fs.promises.rm(flightPath, { force: true });
    await super.set(key, data, ctx);
    if (!flightPath || !flightData) return;
    // Written aside and renamed into place: a reader never sees half a file.
    const partial = `${flightPath}.${process.pid}.partial`;
    await fs.promises.writeFile(partial, flightData);
    await fs.promises.rename(partial, flightPath);
  }
}
