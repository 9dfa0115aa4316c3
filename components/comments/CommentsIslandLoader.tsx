'use client';

import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { CommentsIslandProps } from '@/lib/comments/client-types';
import { ThreadPreview } from './ThreadPreview';

const CommentsIsland = lazy(() => import('./island/CommentsIsland'));

/**
 * Shows the first page as plain markup (server-rendered, then hydrated) until the section comes near
 * the viewport, then loads the interactive island in its own chunk. Kept small: it ships with every
 * article page.
 */
export function CommentsIslandLoader(props: CommentsIslandProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(false);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const start = () => setActive(true);
    if (typeof IntersectionObserver === 'undefined') {
      const id = setTimeout(start, 0);
      return () => clearTimeout(id);
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          start();
        }
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const preview = <ThreadPreview {...props} />;
  return (
    <div ref={ref}>
      {active ? (
        <Suspense fallback={preview}>
          <CommentsIsland {...props} />
        </Suspense>
      ) : (
        preview
      )}
    </div>
  );
}
