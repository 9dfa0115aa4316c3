import { OptimizedImage } from '../ui/OptimizedImage';
import type { ImageRef } from '@/lib/content/types';
import { Caption } from '../ui/Caption';

/** The article's lead image: the LCP element, so it is fetched with high priority and never lazily. */
export function HeroFigure({ image }: { image: ImageRef }) {
  return (
    <figure className="my-6">
      <OptimizedImage
        src={image.src}
        alt={image.alt}
        width={image.width}
        height={image.height}
        sizes="(min-width: 1024px) 760px, 100vw"
        priority
        className="h-auto w-full bg-paper-muted"
      />
      <Caption caption={image.caption} credit={image.credit} />
    </figure>
  );
}
