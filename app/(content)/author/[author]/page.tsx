import type { Metadata } from 'next';
import { Listing, listingMetadata } from '@/app/_routes/listings';
import { PLACEHOLDER_PARAM } from '@/lib/site/static-params';

export const ensureStatic = 'navigation';

export function generateStaticParams() {
  return [{ author: PLACEHOLDER_PARAM }];
}

type Props = { params: Promise<{ author: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingMetadata('author', (await params).author, 1);
}

export default async function AuthorPage({ params }: Props) {
  return <Listing kind="author" slug={(await params).author} page={1} />;
}
