import { connection } from 'next/server';
import { documentNotFound, documentResponse } from '@/lib/http/document';
import { getRssFeed } from '@/lib/site/feeds';

/**
 * /feeds/rss.xml: RSS 2.0 of the newest 50 stories. Read at request time only (connection());
 * cached under the `feeds` tag. Conditional requests get 304; HEAD is Next's, from GET.
 */
export async function GET(request: Request): Promise<Response> {
  await connection();
  const doc = await getRssFeed(null);
  if (!doc) return documentNotFound();
  return documentResponse(request, doc, { contentType: 'application/rss+xml; charset=utf-8' });
}
