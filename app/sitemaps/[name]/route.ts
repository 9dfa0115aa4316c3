import { connection } from 'next/server';
import { documentNotFound, documentResponse } from '@/lib/http/document';
import { parseSitemapFile } from '@/lib/sitemaps/documents';
import { getSitemap } from '@/lib/site/sitemaps';

/**
 * /sitemaps/articles-<n>.xml (n from 1, at most 50,000 URLs each), sections.xml (home and section
 * fronts), tags.xml, authors.xml and news.xml (Google News, last 48 hours). Any other name, and an
 * article chunk past the last one, is 404. Read at request time only (connection()); cached under `sitemaps`.
 */
type Context = { params: Promise<{ name: string }> };

export async function GET(request: Request, context: Context): Promise<Response> {
  await connection();
  const name = parseSitemapFile((await context.params).name);
  const doc = name ? await getSitemap(name) : null;
  if (!doc) return documentNotFound();
  return documentResponse(request, doc, { contentType: 'application/xml; charset=utf-8' });
}
