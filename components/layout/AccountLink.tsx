'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { forgetClientSession, getClientSession } from '@/lib/auth/session-client';

/**
 * Fired on window by the account pages when the signed-in reader changes without a full page load
 * (sign-up, a new display name), so the masthead reads the session again.
 */
export const SESSION_CHANGED_EVENT = 'meridian:session-changed';

type State = { status: 'loading' } | { status: 'anonymous' } | { status: 'member'; name: string };

/** Pages a reader should not be sent back to after signing in. */
const AUTH_PAGES = /^\/account\/(sign-in|sign-up|forgot-password|reset-password)(\/|$)/;

function signInHref(): string {
  const { pathname, search } = window.location;
  if (pathname === '/' || AUTH_PAGES.test(pathname)) return '/account/sign-in';
  return `/account/sign-in?next=${encodeURIComponent(`${pathname}${search}`)}`;
}

function readName(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || !('user' in body)) return null;
  const { user } = body;
  if (typeof user !== 'object' || user === null) return null;
  const name = 'name' in user && typeof user.name === 'string' ? user.name.trim() : '';
  return name || 'Your account';
}

const linkClass =
  'inline-flex h-8 max-w-full min-w-0 items-center gap-1.5 rounded px-1 font-sans text-sm font-semibold whitespace-nowrap text-brand-ink no-underline hover:underline';

function PersonIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="hidden size-4 shrink-0 sm:block" fill="currentColor">
      <path d="M8 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm0 1.5c-2.8 0-5.5 1.4-5.5 3.6V14h11v-.9c0-2.2-2.7-3.6-5.5-3.6Z" />
    </svg>
  );
}

/**
 * "Sign in" or the reader's name, at the right of the masthead. Reads the session in the browser
 * so every page stays cacheable, through the page's one shared session read (getClientSession, a
 * bare fetch that adds next to nothing to each page and that the members-only body reuses).
 */
export function AccountLink() {
  const [state, setState] = useState<State>({ status: 'loading' });
  // The page to come back to after signing in; refreshed whenever the link is about to be used,
  // because client-side navigation changes the address without remounting the masthead.
  const [href, setHref] = useState('/account/sign-in');

  useEffect(() => {
    // Only the newest read may set the state (a session change can overtake the first read).
    let latest = 0;
    const load = () => {
      const read = ++latest;
      getClientSession().then((session) => {
        if (read !== latest) return;
        const name = readName(session);
        setHref(signInHref());
        setState(name === null ? { status: 'anonymous' } : { status: 'member', name });
      });
    };
    const reload = () => {
      forgetClientSession();
      load();
    };
    load();
    window.addEventListener(SESSION_CHANGED_EVENT, reload);
    return () => {
      latest = -1;
      window.removeEventListener(SESSION_CHANGED_EVENT, reload);
    };
  }, []);

  if (state.status === 'loading') {
    // Same height as the link, so nothing moves when it arrives.
    return <span aria-hidden="true" className="inline-block h-8 w-16" />;
  }
  if (state.status === 'anonymous') {
    const refresh = () => setHref(signInHref());
    return (
      <Link
        href={href}
        prefetch={false}
        className={`shrink-0 ${linkClass}`}
        onPointerEnter={refresh}
        onPointerDown={refresh}
        onFocus={refresh}
      >
        <PersonIcon />
        Sign in
      </Link>
    );
  }
  return (
    <Link href="/account" prefetch={false} className={linkClass}>
      <PersonIcon />
      <span className="max-w-[6.5rem] truncate sm:max-w-[14rem]">{state.name}</span>
      <span className="sr-only"> (your account)</span>
    </Link>
  );
}
