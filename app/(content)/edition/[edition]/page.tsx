import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FrontPage } from '@/components/home/FrontPage';
import { JsonLd } from '@/components/seo/JsonLd';
import { config } from '@/lib/config';
import { homeMetadata } from '@/lib/seo/metadata';
import { publisherJsonLd, websiteJsonLd } from '@/lib/seo/structured-data';
import { seoSite } from '@/lib/seo/urls';
import { getHomeFront, getLatest } from '@/lib/site/content';
import { PLACEHOLDER_PARAM } from '@/lib/site/static-params';

/** The front page. `/` is rewritten here (next.config.mjs) so it renders on first request, not at build. */
export const ensureStatic = 'navigation';

const FRONT = 'front';

export function generateStaticParams() {
  // Not 'front' itself: that would read the database during the build.
  return [{ edition: PLACEHOLDER_PARAM }];
}

type Props = { params: Promise<{ edition: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return (await params).edition === FRONT ? homeMetadata(seoSite(config())) : {};
}

export default async function HomePage({ params }: Props) {
  const { edition } = await params;
  if (edition !== FRONT) notFound();
  const [front, latest] = await Promise.all([getHomeFront(), getLatest(10)]);
  const site = seoSite(config());
  return (
    <>
      <JsonLd data={[websiteJsonLd(site), publisherJsonLd(site)]} />
      <FrontPage siteName={site.name} {...front} latest={latest} />
    </>
  );
}
