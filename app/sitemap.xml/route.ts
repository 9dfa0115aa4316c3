import { connection } from 'next/server';
import { documentResponse } from '@/lib/http/document';
import { getSitemapIndex } from '@/lib/site/sitemaps';

/**
 * /sitemap.xml: the sitemap index (article chunks, fronts, tags, authors, Google News).
 * connection() keeps the build from prerendering it (the build has no database); the document itself
 * is cached under the `sitemaps` tag. Conditional requests get 304; HEAD is Next's, from GET.
 */
export async function GET(request: Request): Promise<Response> {
  await connection();
  return documentResponse(request, await getSitemapIndex(), { contentType: 'application/xml; charset=utf-8' });
}
