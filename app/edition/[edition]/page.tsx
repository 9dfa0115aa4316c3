import { notFound } from 'next/navigation';
import { FrontPage } from '@/components/home/FrontPage';
import { config } from '@/lib/config';
import { getHomeFront, getLatest } from '@/lib/site/content';
import { PLACEHOLDER_PARAM } from '@/lib/site/static-params';

/** The front page. `/` is rewritten here (next.config.ts) so it renders on first request, not at build. */
export const ensureStatic = 'navigation';

const FRONT = 'front';

export function generateStaticParams() {
  // Not 'front' itself: that would read the database during the build.
  return [{ edition: PLACEHOLDER_PARAM }];
}

export const metadata = { alternates: { canonical: '/' } };

export default async function HomePage({ params }: { params: Promise<{ edition: string }> }) {
  const { edition } = await params;
  if (edition !== FRONT) notFound();
  const [front, latest] = await Promise.all([getHomeFront(), getLatest(10)]);
  return <FrontPage siteName={config().siteName} {...front} latest={latest} />;
}
