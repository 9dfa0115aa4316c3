import { INTERNAL_KEY_HEADER } from '../internal-key.ts';
/**
 * The proxy's view of moved (301) and gone (410) article slugs. The proxy cannot open the database,
 * so it asks the app's internal route and keeps the answer for a second: a lookup per request is a
 * Map read, and a change in the desk reaches every instance within about a second.
 */
export interface UrlStatusSnapshot {
  moved: Map<string, string>;
  gone: Set<string>;
}

const REFRESH_MS = 1000;
const EMPTY: UrlStatusSnapshot = { moved: new Map(), gone: new Set() };

const state = globalThis as unknown as {
  __meridianUrlStatus?: { snapshot: UrlStatusSnapshot; fetchedAt: number; pending: Promise<UrlStatusSnapshot> | null; mustWait?: boolean };
};

async function fetchSnapshot(origin: string, key: string): Promise<UrlStatusSnapshot> {
  const response = await fetch(`${origin}/api/internal/url-status`, { method: 'POST', headers: { [INTERNAL_KEY_HEADER]: key }, cache: 'no-store' });
  if (!response.ok) throw new Error(`url-status answered ${response.status}`);
  const data = (await response.json()) as { moved: Record<string, string>; gone: string[] };
  return { moved: new Map(Object.entries(data.moved)), gone: new Set(data.gone) };
}

/** The current snapshot: the very first call waits for it; afterwards no request ever waits. */
export async function urlStatus(origin: string, key: string): Promise<UrlStatusSnapshot> {
  let entry = state.__meridianUrlStatus;
  if (!entry) {
    entry = { snapshot: EMPTY, fetchedAt: 0, pending: null };
    state.__meridianUrlStatus = entry;
  }
  if (Date.now() - entry.fetchedAt >= REFRESH_MS && !entry.pending) entry.pending = refresh(entry, origin, key);
  return (entry.fetchedAt === 0 || entry.mustWait) && entry.pending ? entry.pending : entry.snapshot;
}

/**
 * Called in the process that made a change (slug change, unpublish): the next request waits for a
 * fresh list instead of getting the old one. Other instances catch up within REFRESH_MS.
 */
export function invalidateUrlStatus() {
  const entry = state.__meridianUrlStatus;
  if (!entry) return;
  entry.fetchedAt = -REFRESH_MS;
  entry.mustWait = true;
}

type Entry = NonNullable<(typeof state)['__meridianUrlStatus']>;

async function refresh(entry: Entry, origin: string, key: string): Promise<UrlStatusSnapshot> {
  try {
    entry.snapshot = await fetchSnapshot(origin, key);
  } catch {
    // Keep serving what we had; a later request tries again.
  } finally {
    entry.fetchedAt = Date.now();
    entry.pending = null;
    entry.mustWait = false;
  }
  return entry.snapshot;
}
