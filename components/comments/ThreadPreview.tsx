import type { CommentsIslandProps } from '@/lib/comments/client-types';
import { formatCount } from '@/lib/format';
import { CommentItem, SignInPrompt } from './CommentItem';

/**
 * The first page of the thread as plain markup: what readers without JavaScript and crawlers get,
 * and what everyone sees until the interactive island loads. Rendered from the same `initial` data
 * the island receives, so the page's React payload carries the comments once (as data), not twice
 * (as data and as a server-rendered tree).
 */
export function ThreadPreview({ articlePath, mode, initial, locale, timeZone }: Pick<CommentsIslandProps, 'articlePath' | 'mode' | 'initial' | 'locale' | 'timeZone'>) {
  const shown = initial.comments.length;
  return (
    <div className="mt-4">
      {mode !== 'closed' ? <SignInPrompt articlePath={articlePath} /> : null}
      {shown === 0 ? (
        <p className="mt-4 font-sans text-ink-muted">No comments yet.</p>
      ) : (
        <ul className="mt-2 divide-y divide-rule">
          {initial.comments.map((c) => (
            <CommentItem key={c.id} comment={c} locale={locale} timeZone={timeZone} />
          ))}
        </ul>
      )}
      {initial.nextCursor ? (
        <p className="mt-4 font-sans text-sm text-ink-muted">
          Showing the newest {formatCount(shown, locale)} conversations of {formatCount(initial.total, locale)} comments.
        </p>
      ) : null}
    </div>
  );
}
