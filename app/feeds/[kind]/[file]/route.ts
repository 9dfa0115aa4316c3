import { connection } from 'next/server';
import { isFeedKind, parseFeedFile } from '@/lib/feeds/documents';
import { documentNotFound, documentResponse } from '@/lib/http/document';
import { getRssFeed } from '@/lib/site/feeds';

/**
 * /feeds/section/<slug>.xml, /feeds/tag/<slug>.xml, /feeds/author/<slug>.xml: RSS 2.0 of a list's
 * newest 50 stories; 404 for an unknown kind or slug. Read at request time only (connection());
 * cached under `feeds` and the list's own tag.
 */
type Context = { params: Promise<{ kind: string; file: string }> };

export async function GET(request: Request, context: Context): Promise<Response> {
  await connection();
  const { kind, file } = await context.params;
  const slug = parseFeedFile(file);
  const doc = isFeedKind(kind) && slug ? await getRssFeed({ kind, slug }) : null;
  if (!doc) return documentNotFound();
  return documentResponse(request, doc, { contentType: 'application/rss+xml; charset=utf-8' });
}
