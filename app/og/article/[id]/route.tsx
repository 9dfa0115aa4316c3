import { ImageResponse } from 'next/og';
import { connection } from 'next/server';
import { ShareCard } from '@/components/seo/ShareCard';
import { config } from '@/lib/config';
import { SHARE_IMAGE } from '@/lib/seo/urls';
import { getShareCard } from '@/lib/site/share';

/**
 * The share image of an article without a hero (og:image, twitter:image, JSON-LD image): 1200×630 PNG
 * with its kicker, headline and section. Rendered at request time, never at build (connection()); the
 * article data is cached under its tag (lib/site/share.ts), the PNG by browsers and shared caches.
 * Unknown, draft, scheduled and unpublished articles answer 404. HEAD is Next's, from GET.
 */
type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, context: Context): Promise<Response> {
  await connection();
  const { id } = await context.params;
  const articleId = /^[1-9]\d{0,9}$/.test(id) ? Number(id) : NaN;
  const card = Number.isSafeInteger(articleId) && articleId <= 2_147_483_647 ? await getShareCard(articleId) : null;
  if (!card) {
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  }
  const { siteName } = config();
  return new ImageResponse(<ShareCard siteName={siteName} headline={card.headline} kicker={card.kicker} label={card.sectionName} />, {
    ...SHARE_IMAGE,
    // Headlines can be corrected: an hour fresh, then served stale while a new one is fetched.
    headers: { 'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400' },
  });
}
