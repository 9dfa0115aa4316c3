import { getSessionCookie } from 'better-auth/cookies';
import { NextResponse, type NextRequest } from 'next/server';
import { internalKey } from './lib/internal-key';
import { urlStatus } from './lib/proxy/url-status-client';

/**
 * Runs before routing, for two jobs pages cannot do:
 * - the desk: anonymous visitors go to the sign-in page (the desk pages check the role themselves);
 * - article URLs: old slugs answer 301 to the current URL, unpublished articles 410.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
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

  const slug = pathname.split('/')[2];
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
  // The desk, and two-segment paths (articles live at /<section>/<slug>), except framework and API paths.
  matcher: ['/desk', '/desk/:path*', '/((?!api/|_next/|media/|demo/|account/|tag/|author/|edition/|preview/|gone/|feeds/|sitemaps/|og/)[^/]+/[^/]+)'],
};
