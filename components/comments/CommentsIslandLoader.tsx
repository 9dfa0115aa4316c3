'use client';

import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import type { CommentsIslandProps } from '@/lib/comments/client-types';

const CommentsIsland = lazy(() => import('./island/CommentsIsland'));

/**
 * Shows the server-rendered thread (its children) until the section comes near the viewport, then
 * loads the interactive island in its own chunk. Kept tiny: it ships with every article page.
 */
export function CommentsIslandLoader({ children, ...props }: CommentsIslandProps & { children: ReactNode }) {
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

  return (
    <div ref={ref}>
      {active ? (
        <Suspense fallback={children}>
          <CommentsIsland {...props} />
        </Suspense>
      ) : (
        children
      )}
    </div>
  );
}
