import Link from 'next/link';
import type { ReactNode } from 'react';
import type { CommentDto } from '@/lib/comments/contract';
import { formatCommentTime, formatCommentTimeFull, plural } from '@/lib/comments/client-format';
import { CommentText } from './CommentText';

/**
 * Presentational pieces of one comment, shared by the thread preview and the interactive island
 * (so the island swaps in without anything moving). No hooks, no server-only imports.
 */

export const REMOVED_TEXT = 'This comment was removed by its author.';
export const PENDING_TEXT = 'Awaiting moderation — only you can see this';

export function commentLabel(comment: CommentDto): string {
  return comment.deleted ? 'Removed comment' : `Comment by ${comment.authorName}`;
}

/** Indentation for a reply at this depth; capped so deep threads stay readable on phones. */
export function replyListClass(depth: number): string {
  return depth < 3 ? 'ml-2 border-l-2 border-rule pl-3 sm:ml-4 sm:pl-4' : '';
}

export function CommentBody({
  comment,
  locale,
  timeZone,
  note,
  editor,
}: {
  comment: CommentDto;
  locale: string;
  timeZone: string;
  /** A status line under the author (e.g. "Posting…"); pending comments get theirs automatically. */
  note?: ReactNode;
  /** Shown instead of the text while the author edits it. */
  editor?: ReactNode;
}) {
  if (comment.deleted) {
    return <p className="font-sans text-sm text-ink-muted italic">{REMOVED_TEXT}</p>;
  }
  return (
    <>
      <header className="mb-1 flex flex-wrap items-baseline gap-x-3 gap-y-0.5 font-sans text-sm">
        <span className="font-bold">{comment.authorName}</span>
        {/* Node's and the browser's ICU may word a date differently; hydration keeps the server's text. */}
        <time dateTime={comment.createdAt} suppressHydrationWarning title={formatCommentTimeFull(comment.createdAt, locale, timeZone)} className="text-xs text-ink-muted">
          {formatCommentTime(comment.createdAt, locale, timeZone)}
        </time>
        {comment.editedAt ? <span className="text-xs text-ink-muted">(edited)</span> : null}
      </header>
      {comment.status === 'pending' ? (
        <p className="mb-1 inline-block rounded bg-members-bg px-1.5 py-0.5 font-sans text-xs font-semibold text-members">{PENDING_TEXT}</p>
      ) : null}
      {note ? <p className="mb-1 font-sans text-xs font-semibold text-ink-muted">{note}</p> : null}
      {editor ?? <CommentText body={comment.body} className="font-sans text-[0.95rem] leading-relaxed" />}
    </>
  );
}

/** A comment with its preview replies, as the thread preview shows it (works without JavaScript). */
export function CommentItem({ comment, locale, timeZone, depth = 0 }: { comment: CommentDto; locale: string; timeZone: string; depth?: number }) {
  const hiddenReplies = Math.max(0, comment.replyCount - comment.replies.length);
  return (
    <li>
      <article data-comment-id={comment.id} data-comment-depth={depth} aria-label={commentLabel(comment)} className="py-3">
        <CommentBody comment={comment} locale={locale} timeZone={timeZone} />
        {comment.recommendCount > 0 && !comment.deleted ? (
          <p className="mt-1.5 font-sans text-xs text-ink-muted">
            {comment.recommendCount} {plural(comment.recommendCount, 'recommendation', 'recommendations')}
          </p>
        ) : null}
      </article>
      {comment.replies.length > 0 ? (
        <ul className={replyListClass(depth)} aria-label={`Replies to ${comment.authorName || 'a removed comment'}`}>
          {comment.replies.map((reply) => (
            <CommentItem key={reply.id} comment={reply} locale={locale} timeZone={timeZone} depth={depth + 1} />
          ))}
        </ul>
      ) : null}
      {hiddenReplies > 0 ? (
        <p className="mb-3 ml-2 font-sans text-sm text-ink-muted sm:ml-4">
          {hiddenReplies} more {plural(hiddenReplies, 'reply', 'replies')}
        </p>
      ) : null}
    </li>
  );
}

/** Where "Sign in" goes: back to this thread afterwards. */
export function signInHref(articlePath: string): string {
  return `/account/sign-in?next=${encodeURIComponent(`${articlePath}#comments`)}`;
}

export function signUpHref(articlePath: string): string {
  return `/account/sign-up?next=${encodeURIComponent(`${articlePath}#comments`)}`;
}

export const noticeClass = 'rounded border border-rule bg-paper-muted px-4 py-3 font-sans text-sm';

/** Shown to readers who are not signed in (and, in the server list, to everyone until the island loads). */
export function SignInPrompt({ articlePath }: { articlePath: string }) {
  return (
    <div className={noticeClass}>
      <p className="font-semibold">Sign in to join the conversation</p>
      <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        <Link href={signInHref(articlePath)} prefetch={false} className="font-semibold text-accent underline hover:no-underline">
          Sign in to comment
        </Link>
        <Link href={signUpHref(articlePath)} prefetch={false} className="font-semibold text-accent underline hover:no-underline">
          Create a free account
        </Link>
      </p>
    </div>
  );
}
