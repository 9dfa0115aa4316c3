import { createHash } from 'node:crypto';

/**
 * Generated documents (sitemaps, feeds, robots.txt) as HTTP responses with validators, so crawlers and
 * feed readers that poll get 304 Not Modified instead of the whole document again.
 */

export interface DocumentBody {
  body: string;
  /**
   * Newest change among what the document lists (ISO), or null when it lists nothing. A story that
   * leaves a document (unpublished, moved) changes its body and ETag but not necessarily this date,
   * which is why If-None-Match, when sent, decides alone (see isNotModified).
   */
  lastModified: string | null;
}

export interface ServedDocument extends DocumentBody {
  /** Strong validator: a hash of the exact bytes. */
  etag: string;
}

/** Feeds and sitemaps: shared caches keep them five minutes, then serve stale for a minute while refetching. */
export const DOCUMENT_CACHE_CONTROL = 'public, max-age=0, s-maxage=300, stale-while-revalidate=60';

/** The newest of some ISO times (nulls ignored), or null. */
export function newest(times: (string | null | undefined)[]): string | null {
  let best: string | null = null;
  for (const t of times) if (t && (best === null || Date.parse(t) > Date.parse(best))) best = t;
  return best;
}

export function withEtag(doc: DocumentBody): ServedDocument {
  const hash = createHash('sha256').update(doc.body, 'utf8').digest('base64url').slice(0, 32);
  return { ...doc, etag: `"${hash}"` };
}

/** Whether an If-None-Match value names `etag`. Weak comparison (RFC 9110 §13.1.2): a proxy that compresses may have turned our tag into W/"…". */
export function matchesAny(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((candidate) => opaque(candidate) === opaque(etag));
}

/**
 * Would the client's copy still do? If-None-Match decides when present (If-Modified-Since is then
 * ignored, RFC 9110 §13.1.3); otherwise If-Modified-Since, to the second (HTTP dates have no finer unit).
 */
export function isNotModified(headers: Headers, doc: ServedDocument): boolean {
  const ifNoneMatch = headers.get('if-none-match');
  if (ifNoneMatch !== null) return matchesAny(ifNoneMatch, doc.etag);
  const ifModifiedSince = headers.get('if-modified-since');
  if (ifModifiedSince === null || doc.lastModified === null) return false;
  const since = Date.parse(ifModifiedSince);
  if (Number.isNaN(since)) return false;
  return Math.floor(Date.parse(doc.lastModified) / 1000) * 1000 <= since;
}

/** 200 with the document, or 304 with the same validators and no body. HEAD gets the same headers. */
export function documentResponse(
  request: Request,
  doc: ServedDocument,
  options: { contentType: string; cacheControl?: string },
): Response {
  const headers = new Headers({
    'Cache-Control': options.cacheControl ?? DOCUMENT_CACHE_CONTROL,
    ETag: doc.etag,
    'X-Content-Type-Options': 'nosniff',
  });
  if (doc.lastModified) headers.set('Last-Modified', new Date(doc.lastModified).toUTCString());
  if (isNotModified(request.headers, doc)) return new Response(null, { status: 304, headers });
  headers.set('Content-Type', options.contentType);
  return new Response(doc.body, { status: 200, headers });
}

/** 404 for names that are not ours; not cached, so a sitemap chunk or feed that appears later is found. */
export function documentNotFound(): Response {
  return new Response('Not found\n', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
  });
}
