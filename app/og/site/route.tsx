import { ImageResponse } from 'next/og';
import { connection } from 'next/server';
import { ShareCard } from '@/components/seo/ShareCard';
import { config } from '@/lib/config';
import { siteDescription } from '@/lib/seo/metadata';
import { SHARE_IMAGE, seoSite } from '@/lib/seo/urls';

/**
 * The share image of pages without a picture of their own (front page, lists, account pages).
 * Rendered at request time so it carries the running site's SITE_NAME, not the build's.
 */
export async function GET(): Promise<Response> {
  await connection();
  const site = seoSite(config());
  return new ImageResponse(<ShareCard siteName={site.name} headline={siteDescription(site)} />, {
    ...SHARE_IMAGE,
    headers: { 'Cache-Control': 'public, max-age=86400, stale-while-revalidate=604800' },
  });
}
