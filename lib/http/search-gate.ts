import type { IncomingMessage, ServerResponse } from 'node:http';
import { processGlobal } from '../process-global.ts';
import { ConcurrencyGate } from './concurrency-gate.ts';
import { intercepting, interceptRequests } from './request-interceptor.ts';

/*
 * The search gate. A search results page is rendered for each request (12 to 40 ms of CPU here,
 * by the machine's speed). Fifty searches rendering at once share two cores, so each takes as long
 * as all fifty; a few at a time, in order of arrival, most finish sooner (the benchmark's search row
 * at 50 connections: p99 2.2 s without the gate, 1.0 s with it, at the same throughput), and a burst
 * cannot pile up renders without bound. At most SEARCH_CONCURRENCY render at once; the rest wait
 * their turn, and past QUEUE_LIMIT waiting a request is answered 503 with Retry-After rather than
 * kept for seconds.
 */

/** How many may wait: one to four seconds of rendering, at 12 to 40 ms a search. */
const QUEUE_LIMIT = 100;

/** SEARCH_CONCURRENCY (default 4): how many search pages may render at once. */
export function searchConcurrency(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.SEARCH_CONCURRENCY ?? 4);
  if (!Number.isInteger(value) || value < 1) throw new Error(`SEARCH_CONCURRENCY must be a whole number of at least 1, got "${env.SEARCH_CONCURRENCY}"`);
  return value;
}

/**
 * This process's gate, made on first use (after `next start` has read .env files; instrumentation.ts
 * makes it at start, so a bad SEARCH_CONCURRENCY stops the server). The gate's installer (loaded by
 * `node --import`) and instrumentation.ts (bundled by Next) get separate copies of this module: they
 * share one gate.
 */
export function searchGate(): ConcurrencyGate {
  return processGlobal('search-gate', () => new ConcurrencyGate(searchConcurrency(), QUEUE_LIMIT));
}

/**
 * Requests that render a search page: the page itself and its RSC payload for client navigations.
 * The path is read as Next reads it (absolute-form URLs, dot segments, percent-escapes), so that no
 * spelling of it renders a search around the gate; a wider match only queues a page that needed not.
 */
export function isSearchRender(request: IncomingMessage): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  let path: string;
  try {
    path = decodeURIComponent(new URL(request.url ?? '/', 'http://gate.invalid').pathname).toLowerCase();
  } catch {
    return false; // not a URL Next could route to a page either
  }
  return path === '/search' || path.startsWith('/search/');
}

const BUSY_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Search is busy</title></head><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a"><main><h1>Search is busy</h1><p>Many readers are searching right now. Please try again in a moment.</p><p><a href="/" style="color:#0b4f8a">Go to the front page</a></p></main></body></html>`;

function busy(response: ServerResponse): void {
  response.writeHead(503, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': '2' }).end(BUSY_PAGE);
}

const NAME = 'search-gate';

/**
 * Puts the search gate before every HTTP server in this process (Next's included). Returns a function
 * that undoes it. A place is given back when the response closes: sent, or the reader gone (Node closes
 * every response on a connection that drops, those queued behind others on a pipelined one too). A
 * reader who leaves frees the place while Next may still be rendering: the gate bounds what readers
 * wait for, not the last few renders of those who left.
 */
export function installSearchGate(gateOf: () => ConcurrencyGate): () => void {
  return interceptRequests(NAME, (request, response, pass) => {
    if (!isSearchRender(request)) return pass();
    let leave: (() => void) | null = null;
    const finish = () => leave?.(); // leaving twice does nothing
    leave = gateOf().enter(() => {
      // Its turn came after the connection closed: nobody to render for. (Deferred: `leave` may not be set yet.)
      if (request.socket.destroyed) return void setImmediate(finish);
      try {
        pass();
      } catch (error) {
        // Outside the interceptor's own guard when the turn comes from another response's 'close'.
        console.error(`search gate: ${request.method} ${request.url} failed to start:`, error);
        if (!response.headersSent) response.writeHead(500).end();
        setImmediate(finish);
      }
    });
    if (!leave) return busy(response);
    response.once('close', finish);
  });
}

/** Whether this process has the search gate (see scripts/start.sh). */
export function searchGateInstalled(): boolean {
  return intercepting(NAME);
}
