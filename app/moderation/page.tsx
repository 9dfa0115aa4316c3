import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { Suspense } from 'react';
import { ModerationQueue } from '@/components/desk/ModerationQueue';
import { QUEUE_TABS, type QueueTab } from '@/lib/comments/moderation';
import { getModerationQueue } from '@/lib/site/moderation';
import { getSessionUser } from '@/lib/site/auth';

export const metadata: Metadata = { title: 'Comment moderation', robots: { index: false, follow: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Editors' moderation queue. Until the newsroom desk exists, it lives here, for the editor role only. */
export default function ModerationPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="font-serif text-4xl font-bold">Comment moderation</h1>
      <Suspense fallback={<p className="mt-6 font-sans text-ink-muted">Loading the queue…</p>}>
        <Queue searchParams={searchParams} />
      </Suspense>
    </div>
  );
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

async function Queue({ searchParams }: { searchParams: SearchParams }) {
  const user = await getSessionUser(await headers());
  if (!user) {
    return (
      <p className="mt-6 font-sans">
        <Link href="/account/sign-in?next=/moderation" className="font-semibold underline">
          Sign in
        </Link>{' '}
        with an editor account to moderate comments.
      </p>
    );
  }
  if (user.role !== 'editor' && user.role !== 'admin') {
    return <p className="mt-6 font-sans">Your account cannot moderate comments. Ask an administrator for the editor role.</p>;
  }
  const sp = await searchParams;
  const tabParam = one(sp.tab);
  const tab: QueueTab = QUEUE_TABS.includes(tabParam as QueueTab) ? (tabParam as QueueTab) : 'pending';
  const articleId = /^\d+$/.test(one(sp.article) ?? '') ? Number(one(sp.article)) : undefined;
  const authorId = one(sp.author) || undefined;
  const page = /^\d+$/.test(one(sp.page) ?? '') ? Number(one(sp.page)) : 1;
  const queue = await getModerationQueue({ tab, articleId, authorId, page });
  return <ModerationQueue queue={queue} filter={{ tab, articleId, authorId, page }} done={one(sp.done)} />;
}
