import type { Metadata } from 'next';
import { Listing, listingMetadata } from '@/app/_routes/listings';
import { PLACEHOLDER_PARAM } from '@/lib/site/static-params';

export const ensureStatic = 'navigation';

export function generateStaticParams() {
  return [{ tag: PLACEHOLDER_PARAM }];
}

type Props = { params: Promise<{ tag: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingMetadata('tag', (await params).tag, 1);
}

export default async function TagPage({ params }: Props) {
  return <Listing kind="tag" slug={(await params).tag} page={1} />;
}
