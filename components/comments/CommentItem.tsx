import type { CommentView } from '@/lib/content/types';
import { Time } from '../ui/Time';

/** Plain-text comment body: paragraphs kept, everything escaped by React. */
function CommentBody({ text }: { text: string }) {
  return text
    .split(/\n{2,}/)
    .filter((p) => p.trim())
    .map((p, i) => (
      <p key={i} className="mb-2 whitespace-pre-line last:mb-0">
        {p}
      </p>
    ));
}

export function CommentItem({ comment, depth = 0 }: { comment: CommentView; depth?: number }) {
  const hiddenReplies = comment.replyCount - comment.replies.length;
  return (
    <li className={depth > 0 ? 'border-l-2 border-rule pl-4' : ''}>
      <article aria-label={comment.deleted ? 'Deleted comment' : `Comment by ${comment.authorName}`} className="py-3">
        {comment.deleted ? (
          <p className="font-sans text-sm text-ink-muted italic">This comment was removed by its author.</p>
        ) : (
          <>
            <header className="mb-1 flex flex-wrap items-baseline gap-x-3 font-sans text-sm">
              <span className="font-bold">{comment.authorName}</span>
              <Time iso={comment.createdAt} style="datetime" className="text-xs text-ink-muted" />
            </header>
            <div className="font-sans text-[0.95rem] leading-relaxed">
              <CommentBody text={comment.body} />
            </div>
            {comment.recommendCount > 0 ? (
              <p className="mt-1 font-sans text-xs text-ink-muted">
                {comment.recommendCount} {comment.recommendCount === 1 ? 'recommendation' : 'recommendations'}
              </p>
            ) : null}
          </>
        )}
      </article>
      {comment.replies.length > 0 ? (
        <ul className="ml-2 sm:ml-4" aria-label={`Replies to ${comment.authorName || 'a removed comment'}`}>
          {comment.replies.map((r) => (
            <CommentItem key={r.id} comment={r} depth={depth + 1} />
          ))}
        </ul>
      ) : null}
      {hiddenReplies > 0 ? (
        <p className="mb-2 ml-6 font-sans text-sm text-ink-muted">
          {hiddenReplies} more {hiddenReplies === 1 ? 'reply' : 'replies'}
        </p>
      ) : null}
    </li>
  );
}
