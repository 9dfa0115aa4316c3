import { createRequire } from 'node:module';
import type NextFileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache';
import { oneByteHtml } from './one-byte-html.ts';

/**
 * Next's own page cache (memory LRU in front of files under .next/server), loaded by next.config.mjs
 * `cacheHandler`, with two changes. Next loads this file itself with a native import, so it is
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
 */
const require = createRequire(import.meta.url);
const { default: FileSystemCache } = require('next/dist/server/lib/incremental-cache/file-system-cache.js') as {
  default: typeof NextFileSystemCache;
};

type SetArgs = Parameters<NextFileSystemCache['set']>;

/** The members of Next's class this needs; private in its typings. */
interface FileSystemCacheInternals {
  fs: { writeFile(path: string, data: Buffer): Promise<void> };
  flushToDisk?: boolean;
  getFilePath(key: string, kind: 'APP_PAGE'): string;
}

/** The parts of a stored page this looks at (Next's const enums cannot be imported at run time). */
interface StoredPage {
  kind: string;
  html?: unknown;
  rscData?: Buffer;
  postponed?: string;
}

/** The entry to store: a page's HTML as a one-byte string where that is worth it. */
export function withOneByteHtml(data: SetArgs[1]): SetArgs[1] {
  const page = data as StoredPage | null;
  if (page?.kind !== 'APP_PAGE' || typeof page.html !== 'string') return data;
  const html = oneByteHtml(page.html);
  return html === null ? data : ({ ...page, html } as unknown as SetArgs[1]);
}

/** The flight data Next stores a page without although its reader will ask for it, else null. */
export function missingFlightData(data: SetArgs[1], ctx: SetArgs[2]): Buffer | null {
  const page = data as StoredPage | null;
  if (page?.kind !== 'APP_PAGE' || !page.rscData) return null;
  const context = ctx as { isRoutePPREnabled?: boolean; isFallback?: boolean; fetchCache?: boolean };
  // Next writes it itself when PPR is off; fallback shells and postponed pages are read without it.
  return context.isRoutePPREnabled === true && !context.isFallback && !context.fetchCache && page.postponed == null ? page.rscData : null;
}

export default class PageCacheHandler extends FileSystemCache {
  override async set(key: SetArgs[0], value: SetArgs[1], ctx: SetArgs[2]): Promise<void> {
    const data = withOneByteHtml(value);
    await super.set(key, data, ctx);
    const internals = this as unknown as FileSystemCacheInternals;
    const flightData = internals.flushToDisk ? missingFlightData(data, ctx) : null;
    if (!flightData) return;
    // After the .html and .meta: a read in between is a miss, as before, never a page without its data.
    await internals.fs.writeFile(internals.getFilePath(`${key}.rsc`, 'APP_PAGE'), flightData);
  }
}
