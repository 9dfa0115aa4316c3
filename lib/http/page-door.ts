import type { IncomingMessage, ServerResponse } from 'node:http';
import { generateETag } from 'next/dist/server/lib/etag.js';
import { shouldServeStreamingMetadata } from 'next/dist/server/lib/streaming-metadata.js';
import { recordPageReads, type PageReads } from '../cache/page-reads.ts';
import { MAX_KEY_LENGTH, type PageStore, type StoredPage } from '../cache/page-store.ts';
import { isNotAPage, isProxiedPage } from '../proxy/paths.ts';
import { matchesAny } from './document.ts';
import { intercepting, interceptRequests } from './request-interceptor.ts';

/*
 * The page door: public pages served from this process's page store (lib/cache/page-store.ts)
 * without reaching Next. A cached article costs Next 2.5 to 4 ms of CPU a request here (routing,
 * reading its cache, hashing the page for an ETag, gzipping it for browsers); the door sends the same
 * bytes and headers for about a twentieth of that. What it stores is only ever what Next has just served as a
 * cache hit, so Next stays the one that decides what a page is, when it is fresh, and who may see it.
 */

/** Request headers that ask Next for something other than the page's HTML (flight data, prefetches, revalidation). */
const NOT_THE_PAGE = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action', 'x-prerender-revalidate'];

/** Draft mode: Next renders the page's draft for this browser instead of serving its cache. */
const DRAFT_MODE_COOKIE = /(?:^|;)\s*__prerender_bypass=/;

/** Headers each response sets for itself, never taken from a stored one. */
const PER_RESPONSE = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'date', 'connection', 'keep-alive']);

/** Marks responses the door answered (the page as Next served it, not Next). */
export const PAGE_DOOR_HEADER = 'x-page-door';

/**
 * Crawlers that read only the HTML's head (link previews, some search engines): Next renders pages for
 * them per request, with all metadata in the head, rather than serve its cache (next.config.mjs sets
 * no `htmlLimitedBots`, so Next's own list applies).
 */
function isHtmlLimitedBot(userAgent: string | undefined): boolean {
  return userAgent !== undefined && !shouldServeStreamingMetadata(userAgent, undefined);
}

/** The store key for a request the door may answer or store (its path), or null. */
export function pageKeyOf(request: IncomingMessage): string | null {
  const { method, url, headers } = request;
  if ((method !== 'GET' && method !== 'HEAD') || !url?.startsWith('/')) return null;
  if (NOT_THE_PAGE.some((name) => headers[name] !== undefined)) return null;
  if (headers.cookie && DRAFT_MODE_COOKIE.test(headers.cookie)) return null;
  if (isHtmlLimitedBot(headers['user-agent'])) return null;
  const queryAt = url.indexOf('?');
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  // Next resolves escaped dot segments (`/x/%2e%2e/news/a`) to another page: endless spellings of one
  // page, each of which would be a key. Such requests, and absurdly long paths, go to Next.
  if (path.length > MAX_KEY_LENGTH || /%2e/i.test(path)) return null;
  // The query is not part of the key, as in Next's page cache: with Cache Components, a page that reads
  // it is rendered per request (or has a part that is), and such a page is never stored.
  // Personal pages, search and removal pages are proxy.ts's: never stored, as files and APIs are not pages.
  return isNotAPage(path) || isProxiedPage(path) ? null : path;
}

/** Whether the client takes gzip (`gzip;q=0` refuses it). */
function acceptsGzip(request: IncomingMessage): boolean {
  const header = request.headers['accept-encoding'];
  if (!header) return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().split(';');
    if (coding?.trim().toLowerCase() !== 'gzip') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

function send(store: PageStore, key: string, page: StoredPage, request: IncomingMessage, response: ServerResponse): void {
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch && matchesAny(ifNoneMatch, page.etag)) {
    // RFC 9110: a 304 carries the headers a 200 would have had, but no body.
    response.writeHead(304, { ...page.headers, [PAGE_DOOR_HEADER]: 'HIT' }).end();
    return;
  }
  const gzip = acceptsGzip(request) ? store.gzipped(key, page) : null;
  const body = gzip ?? page.body;
  response.writeHead(200, {
    ...page.headers,
    [PAGE_DOOR_HEADER]: 'HIT',
    'content-length': String(body.length),
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/** Seconds a shared cache may keep the response, or null when it may not keep it at all. */
function sharedMaxAge(cacheControl: unknown): number | null {
  if (typeof cacheControl !== 'string' || /\b(?:private|no-store|no-cache)\b/i.test(cacheControl)) return null;
  const match = /\bs-maxage=(\d+)/i.exec(cacheControl);
  return match ? Number(match[1]) : null;
}

/** Vary must name Accept-Encoding: the door sends gzip to some clients and not to others. */
function varyWithAcceptEncoding(vary: string | undefined): string {
  if (!vary) return 'Accept-Encoding';
  return /\baccept-encoding\b/i.test(vary) ? vary : `${vary}, Accept-Encoding`;
}

/** The response's headers as Next set them (names as written), without the per-response ones. */
function headersToStore(response: ServerResponse): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  let varyName = 'Vary';
  // Node has this on every outgoing message; its typings only on client requests.
  for (const name of (response as ServerResponse & { getRawHeaderNames(): string[] }).getRawHeaderNames()) {
    const lower = name.toLowerCase();
    const value = response.getHeader(name);
    if (value === undefined || PER_RESPONSE.has(lower)) continue;
    if (lower === 'vary') varyName = name;
    headers[name] = Array.isArray(value) ? value : String(value);
  }
  const vary = headers[varyName];
  headers[varyName] = varyWithAcceptEncoding(Array.isArray(vary) ? vary.join(', ') : vary);
  return headers;
}

/**
 * The page Next has just sent, ready to store: only a 200 that Next served as a cache hit, that a
 * shared cache may keep, that sets no cookie, and whose bytes are the page its cache handler read
 * (the ETag proves it).
 */
export function storablePage(reads: PageReads, response: ServerResponse): StoredPage | null {
  const read = reads.page;
  if (!read || reads.ambiguous || response.statusCode !== 200 || response.getHeader('x-nextjs-cache') !== 'HIT') return null;
  if (response.hasHeader('set-cookie')) return null;
  const maxAge = sharedMaxAge(response.getHeader('cache-control'));
  const etag = response.getHeader('etag');
  if (maxAge === null || typeof etag !== 'string' || etag !== generateETag(read.html)) return null;
  const headers = headersToStore(response);
  return { headers, etag, body: Buffer.from(read.html, 'utf8'), gzip: null, tags: read.tags, freshUntil: read.lastModified + maxAge * 1000 };
}

const NAME = 'page-door';

/**
 * Puts the page door before every HTTP server in this process (Next's included). A stored page is
 * sent at once; any other page request goes to Next, and a cache hit it answers with is stored
 * (from the page's second hit on: see PageStore.admits).
 * Returns a function that undoes it.
 */
export function installPageDoor(storeOf: () => PageStore): () => void {
  return interceptRequests(NAME, (request, response, pass) => {
    // Asked for on each request, not at install: the store's size comes from the environment, and
    // `next start` reads .env files after this module is loaded.
    const store = storeOf();
    const key = store.enabled ? pageKeyOf(request) : null;
    if (key === null) return pass();
    const page = store.get(key);
    if (page) return send(store, key, page, request, response);
    if (request.method !== 'GET') return pass();
    const generation = store.generation;
    const reads = recordPageReads(pass);
    response.once('finish', () => {
      // Checked before the page is hashed and copied: most refusals are known from its size and the generation,
      // and a page Next serves from its cache for the first time is only remembered.
      if (!reads.page || !store.wouldKeep(Buffer.byteLength(reads.page.html), generation)) return;
      if (response.statusCode !== 200 || response.getHeader('x-nextjs-cache') !== 'HIT' || !store.admits(key)) return;
      const fresh = storablePage(reads, response);
      if (fresh) store.put(key, fresh, generation);
    });
  });
}

/** Whether this process has the page door (see scripts/start.sh). */
export function pageDoorInstalled(): boolean {
  return intercepting(NAME);
}
