/**
 * The signed-in reader as the browser sees it, fetched once per page load and shared by every
 * island that needs it (masthead link, members-only body, comments). Public pages stay cached
 * for everyone; who is signed in is only ever decided here, in the browser.
 */
export interface ClientSession {
  user: { id: string; name: string; email: string; emailVerified: boolean; role?: string; commentsBanned?: boolean };
}

let pending: Promise<ClientSession | null> | null = null;

export function getClientSession(): Promise<ClientSession | null> {
  pending ??= fetch('/api/auth/get-session', { credentials: 'same-origin', cache: 'no-store' })
    .then((r) => (r.ok ? (r.json() as Promise<ClientSession | null>) : null))
    .catch(() => null);
  return pending;
}

/** After signing in or out, the next caller fetches afresh. */
export function forgetClientSession() {
  pending = null;
}
