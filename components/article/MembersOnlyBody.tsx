'use client';

import { lazy, Suspense, useEffect, useState } from 'react';
import type { Block } from '@/lib/content/blocks';
import type { ImageRef } from '@/lib/content/types';
import { getClientSession } from '@/lib/auth/session-client';

const ArticleBody = lazy(() => import('./ArticleBody').then((m) => ({ default: m.ArticleBody })));

interface Props {
  articleId: number;
  /** The public preview (first paragraph), server-rendered. */
  preview: React.ReactNode;
  /** The sign-in/sign-up prompt shown to everyone else. */
  prompt: React.ReactNode;
}

type FullBody = { body: Block[]; bodyMedia: Record<number, ImageRef> };

/**
 * Members-only articles: the cached page carries only the preview; a signed-in member's browser
 * fetches the rest from /api/articles/{id}/body, which checks the session.
 */
export function MembersOnlyBody({ articleId, preview, prompt }: Props) {
  const [full, setFull] = useState<FullBody | null>(null);

  useEffect(() => {
    let cancelled = false;
    getClientSession().then(async (session) => {
      if (!session || cancelled) return;
      const response = await fetch(`/api/articles/${articleId}/body`, { credentials: 'same-origin' });
      if (response.ok && !cancelled) setFull((await response.json()) as FullBody);
    });
    return () => {
      cancelled = true;
    };
  }, [articleId]);

  if (!full) {
    return (
      <>
        {preview}
        {prompt}
      </>
    );
  }
  return (
    <Suspense fallback={preview}>
      <ArticleBody blocks={full.body} media={full.bodyMedia} />
    </Suspense>
  );
}
