import { getSessionCookie } from 'better-auth/cookies';
import { NextResponse, type NextRequest } from 'next/server';
import { internalKey } from './lib/internal-key';
import { articleSlugOf, canonicalPath } from './lib/proxy/paths';
import { urlStatus } from './lib/proxy/url-status-client';

/**
 * Runs before routing, for jobs pages cannot do:
 * - one URL per page: a trailing slash, repeated slashes or upper-case letters answer 301 to the
 *   canonical path, query kept (next.config.mjs turns off Next's own 308 for trailing slashes);
 * - the desk: anonymous visitors go to the sign-in page (the desk pages check the role themselves);
 * - personal pages (desk, account, previews) are `private, no-store`, redirects included, so no shared
 *   cache keeps them (Next would let a CDN keep the account pages' static shells for an hour);
 * - search results are the same for everyone: shared caches may keep them a minute (Next marks the
 *   dynamic page no-store);
 * - article URLs: old slugs answer 301 to the current URL, unpublished articles 410 (their removal
 *   page, asked for by its own address, too).
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const canonical = canonicalPath(pathname);
  if (canonical) {
    // A plain URL: NextURL would put the trailing slash back (skipTrailingSlashRedirect preserves it).
    // `canonical` starts with a single slash, so it cannot leave our origin.
    return NextResponse.redirect(new URL(`${canonical}${search}`, request.url), 301);
  }
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
  if (removed) {
    // The removal page asked for by its own address says the same as the article's: 410 (else a 404).
    return (await knownSlugs()).gone.has(removed) ? revalidating(NextResponse.rewrite(request.nextUrl, { status: 410 })) : NextResponse.next();
  }
  const slug = articleSlugOf(pathname);
  if (!slug) return NextResponse.next();
  const status = await knownSlugs();
  const target = status.moved.get(slug);
  if (target && target !== pathname) return revalidating(NextResponse.redirect(new URL(`${target}${search}`, request.url), 301));
  if (status.gone.has(slug)) return revalidating(NextResponse.rewrite(new URL(`/gone/${slug}`, request.url), { status: 410 }));
  return NextResponse.next();
}

/** Moved and gone article slugs, as this server's own lookup keeps them (lib/proxy/url-status-client.ts). */
function knownSlugs() {
  return urlStatus(`http://127.0.0.1:${process.env.PORT ?? 3000}`, internalKey());
}

/** Where the proxy rewrites unpublished articles to (app/(content)/gone/[slug]). */
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

/**
 * Browsers keep a 301 forever unless told otherwise. A slug can be renamed back (a restored revision),
 * and a remembered 301 would then loop, so browsers must ask again; shared caches may keep it a minute.
 */
function revalidating(response: NextResponse) {
  response.headers.set('Cache-Control', 'public, max-age=0, s-maxage=60, must-revalidate');
  return response;
}

export const config = {
  // Every page path (canonical form), except framework, API, media, feed, sitemap and share-image paths and
  // files (anything with a dot); the article lookup itself is limited to /<section>/<slug> by articleSlugOf.
  matcher: ['/desk', '/desk/:path*', '/((?!api/|_next/|media/|demo/|feeds/|sitemaps/|og/)[^.]+)'],
};
