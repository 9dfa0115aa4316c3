import type { CommentThreadPage, CommentsMode } from '@/lib/content/types';
import { formatCount } from '@/lib/format';
import { config } from '@/lib/config';
import { CommentItem } from './CommentItem';

interface Props {
  thread: CommentThreadPage;
  mode: CommentsMode;
}

/** The first page of the thread, rendered on the server so readers without JavaScript and crawlers see it. */
export function CommentsSection({ thread, mode }: Props) {
  const { locale } = config();
  const shownTopLevel = thread.comments.length;
  return (
    <section id="comments" aria-labelledby="comments-heading" className="mt-12 border-t-2 border-ink pt-3" data-nosnippet="">
      <h2 id="comments-heading" className="font-sans text-lg font-bold">
        Comments <span className="font-normal text-ink-muted">({formatCount(thread.total, locale)})</span>
      </h2>
      {mode === 'closed' ? (
        <p className="mt-2 font-sans text-sm text-ink-muted">Comments are closed on this article.</p>
      ) : mode === 'premoderated' ? (
        <p className="mt-2 font-sans text-sm text-ink-muted">Comments on this article are checked by our moderators before they appear.</p>
      ) : null}
      {thread.total === 0 ? (
        <p className="mt-4 font-sans text-ink-muted">No comments yet.</p>
      ) : (
        <>
          <ul className="mt-2 divide-y divide-rule">
            {thread.comments.map((c) => (
              <CommentItem key={c.id} comment={c} />
            ))}
          </ul>
          {thread.topLevelTotal > shownTopLevel ? (
            <p className="mt-4 font-sans text-sm text-ink-muted">
              Showing the newest {shownTopLevel} of {formatCount(thread.topLevelTotal, locale)} conversations.
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
