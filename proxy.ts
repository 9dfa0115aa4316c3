import { getSessionCookie } from 'better-auth/cookies';
import { NextResponse, type NextRequest } from 'next/server';
import { internalKey } from './lib/internal-key';
import { articleSlugOf, canonicalPath } from './lib/proxy/paths';
import { urlStatus } from './lib/proxy/url-status-client';

/**
 * Runs before routing, for jobs pages cannot do:
 * - one URL per page: a trailing slash, repeated slashes or upper-case letters answer 301 to the
 *   canonical path, query kept (next.config.ts turns off Next's own 308 for trailing slashes);
 * - the desk: anonymous visitors go to the sign-in page (the desk pages check the role themselves);
 * - article URLs: old slugs answer 301 to the current URL, unpublished articles 410.
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
      return NextResponse.redirect(signIn, 307);
    }
    const response = NextResponse.next();
    response.headers.set('X-Robots-Tag', 'noindex, nofollow');
    return response;
  }

  const slug = articleSlugOf(pathname);
  if (!slug) return NextResponse.next();
  const status = await urlStatus(`http://127.0.0.1:${process.env.PORT ?? 3000}`, internalKey());
  const target = status.moved.get(slug);
  if (target && target !== pathname) return revalidating(NextResponse.redirect(new URL(`${target}${search}`, request.url), 301));
  if (status.gone.has(slug)) return revalidating(NextResponse.rewrite(new URL(`/gone/${slug}`, request.url), { status: 410 }));
  return NextResponse.next();
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
