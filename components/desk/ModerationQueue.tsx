import Link from 'next/link';
import type { QueueFilter, QueueItem } from '@/lib/comments/moderation';

interface Props {
  queue: { items: QueueItem[]; total: number; page: number; totalPages: number };
  filter: QueueFilter;
  /** "approve:3" after a redirect from an action. */
  done?: string;
}

const TAB_LABELS = { pending: 'Pending', reported: 'Reported', all: 'All' } as const;

function queueHref(filter: QueueFilter, change: Partial<QueueFilter>) {
  const next = { ...filter, ...change };
  const params = new URLSearchParams();
  params.set('tab', next.tab);
  if (next.articleId) params.set('article', String(next.articleId));
  if (next.authorId) params.set('author', next.authorId);
  if (next.page && next.page > 1) params.set('page', String(next.page));
  return `/desk/moderation?${params}`;
}

const buttonClass = 'rounded border border-rule px-3 py-1.5 font-sans text-sm font-semibold hover:border-ink';

/** The queue as a plain HTML form: works without JavaScript; every action posts to /api/moderation. */
export function ModerationQueue({ queue, filter, done }: Props) {
  const returnTo = queueHref(filter, {});
  const [doneAction, doneCount] = done?.split(':') ?? [];
  return (
    <div className="mt-6 font-sans">
      <nav aria-label="Queues" className="flex gap-2 border-b border-rule">
        {(Object.keys(TAB_LABELS) as (keyof typeof TAB_LABELS)[]).map((tab) => (
          <Link
            key={tab}
            href={queueHref(filter, { tab, page: 1 })}
            aria-current={tab === filter.tab ? 'page' : undefined}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-semibold ${tab === filter.tab ? 'border-accent text-ink' : 'border-transparent text-ink-muted hover:text-ink'}`}
          >
            {TAB_LABELS[tab]}
          </Link>
        ))}
      </nav>
      {doneAction ? (
        <p role="status" className="mt-4 rounded bg-paper-muted px-3 py-2 text-sm">
          Done: {doneAction} ({doneCount} {doneCount === '1' ? 'item' : 'items'}).
        </p>
      ) : null}
      {filter.articleId || filter.authorId ? (
        <p className="mt-4 text-sm">
          Filtered by {filter.articleId ? `article #${filter.articleId}` : null}
          {filter.articleId && filter.authorId ? ' and ' : null}
          {filter.authorId ? 'one author' : null}.{' '}
          <Link href={queueHref({ tab: filter.tab }, {})} className="underline">
            Clear filters
          </Link>
        </p>
      ) : null}
      <p className="mt-4 text-sm text-ink-muted">
        {queue.total} {queue.total === 1 ? 'comment' : 'comments'}
      </p>
      {queue.items.length === 0 ? (
        <p className="mt-6">Nothing to moderate here.</p>
      ) : (
        <form method="post" action="/api/moderation" className="mt-4">
          <input type="hidden" name="returnTo" value={returnTo} />
          <fieldset className="flex flex-wrap items-center gap-2">
            <legend className="sr-only">Apply to the selected comments</legend>
            <span className="text-sm font-semibold">Selected:</span>
            <button className={buttonClass} name="action" value="approve">Approve</button>
            <button className={buttonClass} name="action" value="reject">Reject</button>
            <button className={buttonClass} name="action" value="restore">Restore</button>
            <button className={buttonClass} name="action" value="ban">Ban authors</button>
          </fieldset>
          <ul className="mt-4 divide-y divide-rule border-y border-rule">
            {queue.items.map((item) => (
              <li key={item.id} className="grid gap-2 py-4 sm:grid-cols-[auto_1fr_auto]">
                <input type="checkbox" name="ids" value={item.id} id={`select-${item.id}`} className="mt-1 h-5 w-5" aria-label={`Select comment ${item.id} by ${item.authorName}`} />
                <article data-moderation-id={item.id} className="min-w-0">
                  <p className="flex flex-wrap gap-x-3 text-sm">
                    {item.authorId ? (
                      <Link href={queueHref(filter, { authorId: item.authorId, page: 1 })} className="font-bold underline-offset-2 hover:underline">
                        {item.authorName}
                      </Link>
                    ) : (
                      <span className="font-bold">{item.authorName}</span>
                    )}
                    {item.authorEmail ? <span className="text-ink-muted">{item.authorEmail}</span> : null}
                    {item.authorBanned ? <span className="font-semibold text-accent">Banned</span> : null}
                    <span className="text-ink-muted">{new Date(item.createdAt).toUTCString()}</span>
                  </p>
                  <p className="mt-1 text-sm">
                    {item.isReply ? 'Reply on ' : 'On '}
                    <Link href={queueHref(filter, { articleId: item.articleId, page: 1 })} className="underline">
                      {item.articleHeadline}
                    </Link>{' '}
                    (<Link href={item.articleUrl} className="underline">view article</Link>)
                  </p>
                  <p className="mt-2 whitespace-pre-line">{item.body || <em className="text-ink-muted">Removed by its author</em>}</p>
                  <p className="mt-2 flex gap-3 text-xs font-semibold tracking-wide uppercase">
                    <span>Status: {item.status}</span>
                    {item.reportCount > 0 ? <span className="text-accent">{item.reportCount} reports</span> : null}
                  </p>
                </article>
                <div className="flex flex-wrap items-start gap-2 sm:flex-col">
                  {item.status !== 'approved' && item.status !== 'deleted' ? (
                    <button className={buttonClass} form={`row-${item.id}`} name="action" value={item.status === 'rejected' ? 'restore' : 'approve'}>
                      {item.status === 'rejected' ? 'Restore' : 'Approve'}
                    </button>
                  ) : null}
                  {item.status === 'pending' || item.status === 'approved' ? (
                    <button className={buttonClass} form={`row-${item.id}`} name="action" value="reject">Reject</button>
                  ) : null}
                  {item.authorId ? (
                    <button className={buttonClass} form={`row-${item.id}`} name="action" value={item.authorBanned ? 'unban' : 'ban'}>
                      {item.authorBanned ? 'Unban author' : 'Ban author'}
                    </button>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        </form>
      )}
      {/* One small form per row, so a row's own buttons act on that row alone. */}
      {queue.items.map((item) => (
        <form key={item.id} id={`row-${item.id}`} method="post" action="/api/moderation" hidden>
          <input type="hidden" name="ids" value={item.id} />
          <input type="hidden" name="returnTo" value={returnTo} />
        </form>
      ))}
      {queue.totalPages > 1 ? (
        <nav aria-label="Queue pages" className="mt-6 flex justify-between text-sm">
          {queue.page > 1 ? <Link href={queueHref(filter, { page: queue.page - 1 })}>← Newer</Link> : <span />}
          <span>
            Page {queue.page} of {queue.totalPages}
          </span>
          {queue.page < queue.totalPages ? <Link href={queueHref(filter, { page: queue.page + 1 })}>Older →</Link> : <span />}
        </nav>
      ) : null}
    </div>
  );
}
