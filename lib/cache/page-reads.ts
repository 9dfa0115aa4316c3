import { AsyncLocalStorage } from 'node:async_hooks';
import { processGlobal } from '../process-global.ts';

/*
 * What Next's cache handler read for the request being answered, told to the page door
 * (lib/http/page-door.ts), which then knows what a cache hit it sees on the wire was made of: the
 * page's HTML, its tags, and when it was rendered.
 */

export interface PageRead {
  readonly html: string;
  readonly tags: readonly string[];
  /** When the page was rendered (ms since the epoch). */
  readonly lastModified: number;
}

/** One request's reads: the page, or `ambiguous` when more than one page was read (nothing is stored then). */
export interface PageReads {
  page?: PageRead;
  ambiguous?: boolean;
}

/** One per process: the door and the cache handler may load separate copies of this module. */
function storage(): AsyncLocalStorage<PageReads> {
  return processGlobal('page-reads', () => new AsyncLocalStorage<PageReads>());
}

/** Runs `answer` with its page reads recorded in the returned object. */
export function recordPageReads(answer: () => void): PageReads {
  const reads: PageReads = {};
  storage().run(reads, answer);
  return reads;
}

/** Called by the cache handler for each complete page it returns. */
export function notePageRead(read: PageRead): void {
  const reads = storage().getStore();
  if (!reads) return;
  if (reads.page && reads.page.html !== read.html) reads.ambiguous = true;
  reads.page = read;
}
