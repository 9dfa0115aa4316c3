/**
 * Content routes prerender only this placeholder at build time (answered with notFound()
 * before any read), so `next build` needs no database and real pages render on first request.
 */
export const PLACEHOLDER_PARAM = '_';
