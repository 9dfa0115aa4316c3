import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Listing, listingMetadata } from '@/app/_routes/listings';
import { parsePageParam } from '@/lib/site/paging';
import { PLACEHOLDER_PARAM } from '@/lib/site/static-params';

export const ensureStatic = 'navigation';

export function generateStaticParams() {
  return [{ tag: PLACEHOLDER_PARAM, page: PLACEHOLDER_PARAM }];
}

type Props = { params: Promise<{ tag: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await params;
  const page = parsePageParam(p.page);
  return page ? listingMetadata('tag', p.tag, page) : {};
}

export default async function TagPagedPage({ params }: Props) {
  const p = await params;
  const page = parsePageParam(p.page);
  if (!page) notFound();
  return <Listing kind="tag" slug={p.tag} page={page} />;
}
