import { connection } from 'next/server';
import { config } from '@/lib/config';
import { documentResponse, withEtag } from '@/lib/http/document';
import { robotsTxt } from '@/lib/seo/robots';
import { seoSite } from '@/lib/seo/urls';

/**
 * /robots.txt. Rendered at request time (connection()), not at build: it names the sitemap under the
 * SITE_URL the server runs with, which need not be the one the build saw. No database involved.
 * HEAD is Next's, from GET.
 */
export async function GET(request: Request): Promise<Response> {
  await connection();
  const doc = withEtag({ body: robotsTxt(seoSite(config())), lastModified: null });
  return documentResponse(request, doc, { contentType: 'text/plain; charset=utf-8' });
}
