import { Suspense } from 'react';
import { DeskShell } from '@/components/desk/DeskShell';
import { ModerationQueue } from '@/components/desk/ModerationQueue';
import { QUEUE_TABS, type QueueTab } from '@/lib/comments/moderation';
import { getModerationQueue } from '@/lib/site/moderation';
import { DeskLoading, deskUserOr } from '../gate';

export const metadata = { title: 'Comment moderation' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The comment moderation queue, for editors and admins. */
export default function ModerationPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <Suspense fallback={<DeskLoading />}>
      <Queue searchParams={searchParams} />
    </Suspense>
  );
}

async function Queue({ searchParams }: { searchParams: SearchParams }) {
  const gate = await deskUserOr('/desk/moderation', 'editor');
  if (!gate.user) return gate.refusal;
  const sp = await searchParams;
  const tabParam = one(sp.tab);
  const tab: QueueTab = QUEUE_TABS.includes(tabParam as QueueTab) ? (tabParam as QueueTab) : 'pending';
  const articleId = /^\d{1,9}$/.test(one(sp.article) ?? '') ? Number(one(sp.article)) : undefined;
  const authorId = one(sp.author) || undefined;
  const page = /^\d{1,6}$/.test(one(sp.page) ?? '') ? Math.max(1, Number(one(sp.page))) : 1;
  const queue = await getModerationQueue({ tab, articleId, authorId, page });
  return (
    <DeskShell role={gate.user.role} title="Comment moderation" current="moderation">
      <ModerationQueue queue={queue} filter={{ tab, articleId, authorId, page }} done={one(sp.done)} />
    </DeskShell>
  );
}
