import type { IncomingMessage, ServerResponse } from 'node:http';
import { articleSlugOf, canonicalPath, isNotAPage, SLUG_STATUS_CACHE_CONTROL } from '../proxy/paths.ts';
import type { UrlStatusSnapshot } from '../proxy/url-status-client.ts';
import { intercepting, interceptRequests } from './request-interceptor.ts';

/*
 * The front door: what every page request meets before Next does (installed by scripts/request-hooks.ts,
 * which scripts/start.sh and `npm run dev` load). It answers what is known from the URL alone, or from the
 * moved and gone slugs kept in memory, so that public pages need no proxy.ts: `next start` runs a proxy
 * as a second pass through its request handler, about 0.8 ms on every request, a third of a cached
 * article's time. What still needs the proxy (desk sign-in, personal and search cache headers, the 410
 * status of a removal page) is under the paths its matcher lists.
 */

export type FrontDoorStep =
  | { kind: 'pass' }
  /** 301 to `location` (a path and query on this site). */
  | { kind: 'moved'; location: string; cacheControl?: string }
  /** Serve the removal page (`/gone/<slug>`, which the proxy answers with 410) at this URL. */
  | { kind: 'removed'; url: string }
  /** An article URL: what happens depends on the moved and gone slugs. */
  | { kind: 'article'; pathname: string; search: string; slug: string };

const PASS: FrontDoorStep = { kind: 'pass' };

/**
 * The first step, from the request line alone: one URL per page (a trailing slash, repeated slashes or
 * upper-case letters answer 301 to the canonical path, query kept), and article URLs picked out.
 * Only GET and HEAD: a redirect would turn any other method into a GET.
 */
export function firstStep(method: string | undefined, url: string | undefined): FrontDoorStep {
  if ((method !== 'GET' && method !== 'HEAD') || !url?.startsWith('/')) return PASS;
  // Parsed the way Next parses it (percent-encoded, dot segments resolved); the fixed origin keeps
  // `//host/path` a path rather than a host.
  let parsed: URL;
  try {
    parsed = new URL(`http://front-door.invalid${url}`);
  } catch {
    return PASS; // Next answers what it cannot read either
  }
  const { pathname, search } = parsed;
  if (pathname === '/' || isNotAPage(pathname)) return PASS;
  const canonical = canonicalPath(pathname);
  // `canonical` starts with a single slash, so the redirect cannot leave our origin.
  if (canonical) return { kind: 'moved', location: `${canonical}${search}` };
  const slug = articleSlugOf(pathname);
  return slug ? { kind: 'article', pathname, search, slug } : PASS;
}

/** The second step for an article URL: 301 for an old slug, the removal page for an unpublished one. */
export function articleStep(article: Extract<FrontDoorStep, { kind: 'article' }>, known: UrlStatusSnapshot): FrontDoorStep {
  const target = known.moved.get(article.slug);
  if (target && target !== article.pathname) return { kind: 'moved', location: `${target}${article.search}`, cacheControl: SLUG_STATUS_CACHE_CONTROL };
  if (known.gone.has(article.slug)) return { kind: 'removed', url: `/gone/${article.slug}${article.search}` };
  return PASS;
}

/** Where the moved and gone slugs come from for a request (the server's own lookup, in production). */
export type SlugLookup = (request: IncomingMessage) => UrlStatusSnapshot | Promise<UrlStatusSnapshot>;

function answer(step: FrontDoorStep, request: IncomingMessage, response: ServerResponse, pass: () => void): void {
  if (step.kind === 'moved') {
    // First, so that a Location Node refuses throws before anything about the response has changed.
    response.setHeader('Location', step.location);
    if (step.cacheControl) response.setHeader('Cache-Control', step.cacheControl);
    response.writeHead(301, { 'Content-Length': '0' }).end();
    return;
  }
  if (step.kind === 'removed') request.url = step.url;
  pass();
}

const NAME = 'front-door';

/** Not `instanceof Promise`: the lookup's promise may come from another realm (Next's bundles). */
function isPromise<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown }).then === 'function';
}

/**
 * Puts the front door before every HTTP server in this process (Next's included). A request that needs
 * no lookup, or whose lookup is in memory, goes on at once; one that must wait for the slug list (the
 * first after start, or after a local change) goes on when it arrives. Returns a function that undoes it.
 */
export function installFrontDoor(lookup: SlugLookup): () => void {
  return interceptRequests(NAME, (request, response, pass) => {
    const step = firstStep(request.method, request.url);
    if (step.kind !== 'article') return answer(step, request, response, pass);
    const known = lookup(request);
    if (!isPromise(known)) return answer(articleStep(step, known), request, response, pass);
    return known.then(
      (snapshot) => answer(articleStep(step, snapshot), request, response, pass),
      // The lookup keeps serving its last list when a refresh fails; if even that fails, the page decides.
      () => pass(),
    );
  });
}

/** Whether this process has the front door (see scripts/start.sh). */
export function frontDoorInstalled(): boolean {
  return intercepting(NAME);
}
