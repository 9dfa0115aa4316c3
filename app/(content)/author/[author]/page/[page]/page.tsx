import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Listing, listingMetadata } from '@/app/_routes/listings';
import { parsePageParam } from '@/lib/site/paging';
import { PLACEHOLDER_PARAM } from '@/lib/site/static-params';

export const ensureStatic = 'navigation';

export function generateStaticParams() {
  return [{ author: PLACEHOLDER_PARAM, page: PLACEHOLDER_PARAM }];
}

type Props = { params: Promise<{ author: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await params;
  const page = parsePageParam(p.page);
  return page ? listingMetadata('author', p.author, page) : {};
}

export default async function AuthorPagedPage({ params }: Props) {
  const p = await params;
  const page = parsePageParam(p.page);
  if (!page) notFound();
  return <Listing kind="author" slug={p.author} page={page} />;
}
