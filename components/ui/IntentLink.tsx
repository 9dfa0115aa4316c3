'use client';

import NextLink from 'next/link';
import { useRouter } from 'next/navigation';
import type { ComponentProps } from 'react';

type Props = Omit<ComponentProps<typeof NextLink>, 'prefetch' | 'href'> & { href: string };

/**
 * A link that prefetches its page when the reader reaches for it (pointer over it, keyboard focus,
 * touch), not when it scrolls into view. Next's default prefetches every visible link: on the front
 * page that was about 23 requests per page view, fetched and decoded on the main thread during load
 * (the front page's Lighthouse score fell to 92–94 on it), multiplying the server's traffic and
 * spending readers' data on stories they never open.
 */
export function IntentLink({ href, onMouseEnter, onFocus, onTouchStart, ...props }: Props) {
  const router = useRouter();
  // The router keeps what it prefetched, so reaching for the same link twice fetches once.
  const prefetchThen =
    <E,>(handler?: (event: E) => void) =>
    (event: E) => {
      router.prefetch(href);
      handler?.(event);
    };
  return (
    <NextLink
      {...props}
      href={href}
      prefetch={false}
      onMouseEnter={prefetchThen(onMouseEnter)}
      onFocus={prefetchThen(onFocus)}
      onTouchStart={prefetchThen(onTouchStart)}
    />
  );
}
