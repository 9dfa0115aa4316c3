import type { Metadata } from 'next';
import { Listing, listingMetadata } from '@/app/_routes/listings';
import { PLACEHOLDER_PARAM } from '@/lib/site/static-params';

export const ensureStatic = 'navigation';

export function generateStaticParams() {
  return [{ section: PLACEHOLDER_PARAM }];
}

type Props = { params: Promise<{ section: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingMetadata('section', (await params).section, 1);
}

export default async function SectionPage({ params }: Props) {
  return <Listing kind="section" slug={(await params).section} page={1} />;
}
