import { connection } from 'next/server';
import { documentResponse } from '@/lib/http/document';
import { getJsonFeed } from '@/lib/site/feeds';

/**
 * /feeds/feed.json: JSON Feed 1.1 of the newest 50 stories. Read at request time only (connection());
 * cached under the `feeds` tag. Conditional requests get 304; HEAD is Next's, from GET.
 */
export async function GET(request: Request): Promise<Response> {
  await connection();
  return documentResponse(request, await getJsonFeed(), { contentType: 'application/feed+json' });
}
