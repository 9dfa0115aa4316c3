import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PLACEHOLDER_PARAM } from '@/lib/site/static-params';
import { getUrlStatus } from '@/lib/site/url-status';
import { FrontPageButton } from '@/components/ui/FrontPageButton';

/** What a taken-down article's URL shows, with status 410 (the front door sends it here; proxy.ts sets the status). */
export const ensureStatic = 'navigation';

export function generateStaticParams() {
  return [{ slug: PLACEHOLDER_PARAM }];
}

export const metadata: Metadata = { title: 'Article removed', robots: { index: false, follow: true } };

export default async function GonePage({ params }: { params: Promise<{ slug: string }> }) {
  // Reached by the front door's rewrite; asked for directly, only a story that really was taken down is
  // said to be, so no link can claim it of a story that never existed or is still up.
  const { slug } = await params;
  if (slug === PLACEHOLDER_PARAM || !(await getUrlStatus()).gone.includes(slug)) notFound();
  return (
    <div className="mx-auto max-w-2xl px-4 py-16">
      <p className="font-sans text-sm font-semibold tracking-wide text-accent uppercase">Error 410</p>
      <h1 className="mt-2 font-serif text-4xl font-bold">This article has been removed</h1>
      <p className="mt-4 text-lg text-ink-muted">
        The newsroom has taken this story down, and it will not be coming back at this address. Our latest reporting is on the
        front page.
      </p>
      <FrontPageButton />
    </div>
  );
}
