import { getSessionCookie } from 'better-auth/cookies';
import { NextResponse, type NextRequest } from 'next/server';
import { internalKey } from './lib/internal-key';
import { SLUG_STATUS_CACHE_CONTROL } from './lib/proxy/paths';
import { lastUrlStatusOrigin, urlStatus } from './lib/proxy/url-status-client';

/**
 * Runs before routing, for jobs pages cannot do, on the paths its matcher lists only: `next start` runs
 * a proxy as a second pass through its whole request handler (about 0.8 ms a request), so public pages
 * stay out of it. Canonical URLs, old slugs and removed articles are the front door's
 * (lib/http/front-door.ts), before Next. Here:
 * - the desk: anonymous visitors go to the sign-in page (the desk pages check the role themselves);
 * - personal pages (desk, account, previews) are `private, no-store`, redirects included, so no shared
 *   cache keeps them (Next would let a CDN keep the account pages' static shells for an hour);
 * - search results are the same for everyone: shared caches may keep them a minute (Next marks the
 *   dynamic page no-store);
 * - the removal page answers 410, both where the front door sends an unpublished article's URL and when
 *   asked for by its own address (else it is a 404).
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname === '/desk' || pathname.startsWith('/desk/')) {
    if (!getSessionCookie(request, { cookiePrefix: 'meridian' })) {
      const signIn = new URL('/account/sign-in', request.url);
      signIn.searchParams.set('next', `${pathname}${search}`);
      return personal(NextResponse.redirect(signIn, 307));
    }
    const response = personal(NextResponse.next());
    response.headers.set('X-Robots-Tag', 'noindex, nofollow');
    return response;
  }
  if (PERSONAL.test(pathname)) return personal(NextResponse.next());
  if (pathname === '/search') return sharedBriefly(NextResponse.next());

  const removed = REMOVAL_PAGE.exec(pathname)?.[1];
  if (removed && (await knownSlugs()).gone.has(removed)) return revalidating(NextResponse.rewrite(request.nextUrl, { status: 410 }));
  return NextResponse.next();
}

/**
 * Moved and gone article slugs, as this server's own lookup keeps them (lib/proxy/url-status-client.ts),
 * asked at the address the front door uses (it sees the socket); Next sets PORT when it listens.
 */
function knownSlugs() {
  return urlStatus(lastUrlStatusOrigin() ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`, internalKey());
}

/** Where the front door sends unpublished articles' URLs (app/(content)/gone/[slug]). */
const REMOVAL_PAGE = /^\/gone\/([^/]+)$/;

/** Pages that are about the person asking (or unpublished text): never kept by a shared cache. */
const PERSONAL = /^\/(?:account|preview)(?:\/|$)/;

function personal(response: NextResponse) {
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

function sharedBriefly(response: NextResponse) {
  response.headers.set('Cache-Control', 'public, max-age=0, s-maxage=60, stale-while-revalidate=300');
  return response;
}

function revalidating(response: NextResponse) {
  response.headers.set('Cache-Control', SLUG_STATUS_CACHE_CONTROL);
  return response;
}

export const config = {
  // Only what the proxy handles (see above); every other page goes straight to its route. A literal,
  // as Next requires: lib/proxy/paths.ts isProxiedPage names the same paths (its test checks both agree).
  matcher: ['/desk', '/desk/:path*', '/account', '/account/:path*', '/preview', '/preview/:path*', '/search', '/gone/:slug'],
};
