import { getImageProps } from 'next/image';
import { PriorityImg } from './PriorityImg';

interface Props {
  src: string;
  alt: string;
  width: number;
  height: number;
  sizes?: string;
  className?: string;
  /** The page's LCP image: fetched first and never lazy. Everything else loads lazily. */
  priority?: boolean;
}

/**
 * A responsive image from Next's optimizer (srcset in AVIF/WebP, width and height so nothing shifts)
 * as a plain <img>: unlike <Image>, no client component ships for it. The priority image goes
 * through PriorityImg (a few bytes) so that only the page being read preloads it.
 */
export function OptimizedImage({ priority = false, ...image }: Props) {
  const { props } = getImageProps({
    ...image,
    ...(priority ? { loading: 'eager', fetchPriority: 'high' } : { loading: 'lazy' }),
  });
  if (priority) return <PriorityImg {...props} />;
  // `alt` is in `props` (getImageProps passes it through); the linter cannot see it.
  // eslint-disable-next-line jsx-a11y/alt-text, @next/next/no-img-element
  return <img {...props} />;
}
