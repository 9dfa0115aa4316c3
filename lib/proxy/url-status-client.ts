import { INTERNAL_KEY_HEADER } from '../internal-key.ts';
/**
 * Moved (301) and gone (410) article slugs, as the front door (lib/http/front-door.ts) and the proxy
 * see them. Neither can open the database, so this asks the app's internal route and keeps the answer
 * for a second: a lookup per request is a Map read, and a change in the desk reaches every instance
 * within about a second. The state lives on globalThis, so the app's copy of this module (bundled by
 * Next) and the front door's (loaded by Node) share it.
 */
export interface UrlStatusSnapshot {
  moved: Map<string, string>;
  gone: Set<string>;
}

const REFRESH_MS = 1000;
/** Until a first list has loaded (the server may still be starting), a failed lookup is tried again this soon. */
const FIRST_RETRY_MS = 200;
const LOOKUP_TIMEOUT_MS = 2000;
const EMPTY: UrlStatusSnapshot = { moved: new Map(), gone: new Set() };

interface Entry {
  snapshot: UrlStatusSnapshot;
  /** Whether any lookup has succeeded: until then requests wait for the lookup under way. */
  loaded: boolean;
  /** Where the last lookup went: the front door knows the address the server answers on. */
  origin?: string;
  fetchedAt: number;
  /** Bumped by every local change: a lookup started before it cannot answer for after it. */
  generation: number;
  pending: Promise<UrlStatusSnapshot> | null;
  pendingGeneration: number;
  mustWait: boolean;
}

const state = globalThis as unknown as { __meridianUrlStatus?: Entry };

async function fetchSnapshot(origin: string, key: string): Promise<UrlStatusSnapshot> {
  // Bounded: a lookup that hung would otherwise stay "current" and hold every waiting request.
  const response = await fetch(`${origin}/api/internal/url-status`, {
    method: 'POST',
    headers: { [INTERNAL_KEY_HEADER]: key },
    cache: 'no-store',
    signal: AbortSignal.timeout(LOOKUP_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`url-status answered ${response.status}`);
  const data = (await response.json()) as { moved: Record<string, string>; gone: string[] };
  return { moved: new Map(Object.entries(data.moved)), gone: new Set(data.gone) };
}

/**
 * The current snapshot. Until the first list, and after a local change until the fresh list, requests
 * wait (a promise); otherwise none does: the snapshot itself, so the front door can answer at once.
 */
export function urlStatus(origin: string, key: string): UrlStatusSnapshot | Promise<UrlStatusSnapshot> {
  state.__meridianUrlStatus ??= { snapshot: EMPTY, loaded: false, fetchedAt: 0, generation: 0, pending: null, pendingGeneration: -1, mustWait: false };
  const entry = state.__meridianUrlStatus;
  entry.origin = origin;
  const pendingIsCurrent = entry.pending !== null && entry.pendingGeneration === entry.generation;
  if ((entry.mustWait || Date.now() - entry.fetchedAt >= REFRESH_MS) && !pendingIsCurrent) refresh(entry, origin, key);
  return (!entry.loaded || entry.mustWait) && entry.pending ? entry.pending : entry.snapshot;
}

/**
 * Called in the process that made a change (slug change, unpublish): the next request waits for a
 * fresh list instead of getting the old one, even if a lookup begun before the change is still out.
 * Other instances catch up within REFRESH_MS.
 */
export function invalidateUrlStatus() {
  const entry = state.__meridianUrlStatus;
  if (!entry) return;
  entry.generation += 1;
  entry.mustWait = true;
}

function refresh(entry: Entry, origin: string, key: string) {
  const generation = entry.generation;
  const run = (async () => {
    let failed = false;
    try {
      const snapshot = await fetchSnapshot(origin, key);
      entry.loaded = true;
      // A lookup overtaken by a change answers only the callers that were already waiting on it.
      if (generation !== entry.generation) return snapshot;
      entry.snapshot = snapshot;
    } catch {
      // Keep serving what we had; a later request tries again (soon, while there has never been a list).
      failed = true;
    }
    if (generation === entry.generation) {
      entry.fetchedAt = failed && !entry.loaded ? Date.now() - REFRESH_MS + FIRST_RETRY_MS : Date.now();
      entry.mustWait = false;
    }
    return entry.snapshot;
  })();
  entry.pending = run;
  entry.pendingGeneration = generation;
  void run.finally(() => {
    if (entry.pending === run) entry.pending = null;
  });
}

/** The address the last lookup went to (the front door's, from the request's socket), if any. */
export function lastUrlStatusOrigin(): string | undefined {
  return state.__meridianUrlStatus?.origin;
}
