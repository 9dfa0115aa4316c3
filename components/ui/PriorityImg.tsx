'use client';

import type { ImgHTMLAttributes } from 'react';

/**
 * The eager, high-priority <img> of a page's LCP image, rendered as a client component for one
 * reason: React's server components emit a preload hint for every eager <img> they render, and a
 * hint inside a prefetched route's payload makes the browser download that route's hero before
 * anyone visits it. Rendered here, the hint only comes from the HTML of the page being read.
 */
export function PriorityImg(props: ImgHTMLAttributes<HTMLImageElement>) {
  // `alt` comes with the props (OptimizedImage always sets it).
  // eslint-disable-next-line jsx-a11y/alt-text, @next/next/no-img-element
  return <img {...props} />;
}
