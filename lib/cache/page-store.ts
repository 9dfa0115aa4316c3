import { gzipSync } from 'node:zlib';
import { processGlobal } from '../process-global.ts';

/*
 * Whole public pages, as Next last served them from its cache, ready to send again without Next:
 * the store behind the page door (lib/http/page-door.ts). Filled only from responses Next itself
 * marked as cache hits, emptied by the same tag revalidations that expire Next's copies
 * (lib/cache/page-cache-handler.ts), and never kept past the page's own freshness. It holds what a
 * CDN in front would hold, in this process, so a story that breaks costs a socket write a reader.
 */

export interface StoredPage {
  /** The response headers Next sent, without the ones each response sets itself (length, encoding, date). */
  readonly headers: Readonly<Record<string, string | string[]>>;
  readonly etag: string;
  readonly body: Buffer;
  /** The body gzipped, made on the first request that accepts it. */
  gzip: Buffer | null;
  /** Cache tags the page was rendered under: revalidating any of them removes it. */
  readonly tags: readonly string[];
  /** When Next would stop calling its copy fresh (ms since the epoch). */
  readonly freshUntil: number;
}

function sizeOf(page: StoredPage): number {
  return page.body.length + (page.gzip?.length ?? 0);
}

/** The longest path the door stores a page under; real page paths are far shorter. */
export const MAX_KEY_LENGTH = 1024;

/** How many paths the store remembers having been offered once (keys are at most MAX_KEY_LENGTH: 4 MB at worst). */
const SEEN_ONCE_LIMIT = 4096;

export class PageStore {
  readonly #pages = new Map<string, StoredPage>(); // oldest use first
  /** Paths offered once and not stored (oldest first): the second offer stores the page. */
  readonly #seenOnce = new Set<string>();
  readonly #maxBytes: number;
  readonly #now: () => number;
  #bytes = 0;
  #generation = 0;

  constructor(maxBytes: number, now: () => number = Date.now) {
    this.#maxBytes = maxBytes;
    this.#now = now;
  }

  /** Changes with every revalidation: a page read before one must not be stored after it. */
  get generation(): number {
    return this.#generation;
  }

  get bytes(): number {
    return this.#bytes;
  }

  get size(): number {
    return this.#pages.size;
  }

  /** False when the store may hold nothing (PAGE_STORE_MB=0): the door then leaves every request to Next. */
  get enabled(): boolean {
    return this.#maxBytes > 0;
  }

  /** Whether a page of `bytes`, read at `generationRead`, would be stored now. */
  wouldKeep(bytes: number, generationRead: number): boolean {
    return generationRead === this.#generation && bytes <= this.#maxBytes / 8;
  }

  /**
   * Whether a page Next has just served from its cache should be stored: only from the second time
   * it is offered. A page read once (the long tail of an archive, a crawler's pass) would cost a hash
   * and a copy, and push out the pages readers come back to; a page read twice is likely read again.
   * Revalidation does not forget a path, so a popular page returns to the store on its next hit.
   */
  admits(key: string): boolean {
    const seen = this.#seenOnce.delete(key); // re-added below: the paths readers come back to are forgotten last
    if (!seen && this.#seenOnce.size >= SEEN_ONCE_LIMIT) this.#seenOnce.delete(this.#seenOnce.values().next().value!);
    this.#seenOnce.add(key);
    return seen;
  }

  /** The fresh page stored under `key`, if any. */
  get(key: string): StoredPage | undefined {
    const page = this.#pages.get(key);
    if (!page) return undefined;
    this.#pages.delete(key);
    if (this.#now() >= page.freshUntil) {
      this.#bytes -= sizeOf(page);
      return undefined;
    }
    this.#pages.set(key, page); // most recently used
    return page;
  }

  /**
   * Stores a page read when the store was at `generationRead`; refused (false) when a revalidation
   * came since, when the page is no longer fresh, or when it is too large to be worth a place.
   */
  put(key: string, page: StoredPage, generationRead: number): boolean {
    if (!this.wouldKeep(sizeOf(page), generationRead) || this.#now() >= page.freshUntil) return false;
    this.#remove(key);
    this.#pages.set(key, page);
    this.#bytes += sizeOf(page);
    this.#evict();
    return true;
  }

  /** The body of the page stored under `key`, gzipped (made once, then kept with it). */
  gzipped(key: string, page: StoredPage): Buffer {
    if (page.gzip) return page.gzip;
    let gzip = gzipSync(page.body);
    if (gzip.byteLength < gzip.buffer.byteLength) {
      // A view of zlib's larger output chunk: keep only its own bytes (outside Node's shared pool too).
      const own = Buffer.allocUnsafeSlow(gzip.byteLength);
      gzip.copy(own);
      gzip = own;
    }
    page.gzip = gzip;
    // Counted only if the page is still stored: it may have been removed since it was read.
    if (this.#pages.get(key) === page) {
      this.#bytes += gzip.length;
      this.#evict();
    }
    return gzip;
  }

  /** Removes every page rendered under any of `tags`. */
  invalidate(tags: Iterable<string>): void {
    this.#generation++;
    const expired = new Set(tags);
    for (const [key, page] of this.#pages) {
      if (page.tags.some((tag) => expired.has(tag))) this.#remove(key);
    }
  }

  #remove(key: string): void {
    const page = this.#pages.get(key);
    if (!page) return;
    this.#pages.delete(key);
    this.#bytes -= sizeOf(page);
  }

  #evict(): void {
    for (const key of this.#pages.keys()) {
      if (this.#bytes <= this.#maxBytes) return;
      this.#remove(key);
    }
  }
}

/**
 * How much the store may hold, from PAGE_STORE_MB (default 16; 0 turns it off). Part of the memory
 * budget scripts/start.sh sets, like CACHE_MEMORY_MB.
 */
export function pageStoreBytes(env: Record<string, string | undefined> = process.env): number {
  const mb = Number(env.PAGE_STORE_MB ?? 16);
  if (!Number.isFinite(mb) || mb < 0) throw new Error(`PAGE_STORE_MB must be a number of megabytes, got "${env.PAGE_STORE_MB}"`);
  return Math.round(mb * 1024 * 1024);
}

/**
 * This process's store, made on first use (by then `next start` has read .env files; instrumentation.ts
 * makes it at start, so a bad PAGE_STORE_MB stops the server). The page door (loaded by `node --import`)
 * and Next's cache handler (loaded by Next) may get separate copies of this module: they share one.
 */
export function pageStore(): PageStore {
  return processGlobal('page-store', () => new PageStore(pageStoreBytes()));
}
