'use client';

import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { commentsApi, errorMessage } from '@/lib/comments/client-api';
import { flatten, isTemporary, uniqueById, withinEditWindow, withServerVersion } from '@/lib/comments/client-cache';
import { plural } from '@/lib/comments/client-format';
import { focusComment } from '@/lib/comments/client-focus';
import type { CommentDto } from '@/lib/comments/contract';
import { CommentBody, commentLabel, replyListClass } from '../CommentItem';
import { Composer } from './Composer';
import { ConfirmAction, InlineError } from './ConfirmAction';
import { actionClass, keys, useIsland } from './context';
import { RetryAlert } from './RetryAlert';

const moreButtonClass =
  'mb-3 ml-2 inline-flex min-h-8 items-center rounded px-2 py-1 font-sans text-sm font-semibold text-accent underline hover:no-underline aria-disabled:cursor-wait aria-disabled:opacity-70 sm:ml-4';

/** One comment with its actions, inline forms and replies. */
export function CommentNode({ comment, depth }: { comment: CommentDto; depth: number }) {
  const ctx = useIsland();
  const { me, settings } = ctx;
  const [replying, setReplying] = useState(false);
  const [editing, setEditing] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const replyButton = useRef<HTMLButtonElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  /** Which button to give focus back to once the form that hid it closes. */
  const refocus = useRef<'reply' | 'edit' | null>(null);

  useEffect(() => {
    if (!replying && refocus.current === 'reply') {
      refocus.current = null;
      replyButton.current?.focus();
    } else if (!editing && refocus.current === 'edit') {
      refocus.current = null;
      if (editButton.current) editButton.current.focus();
      else focusComment(comment.id);
    }
  }, [replying, editing, comment.id]);

  const temporary = isTemporary(comment);
  const live = !comment.deleted && !temporary;
  const own = Boolean(me && comment.authorId === me.id);
  const approved = comment.status === 'approved';
  const canReply = ctx.canPost && live && approved;
  const canRecommend = ctx.canRecommend && live && approved && !own;
  const canReport = ctx.canReport && live && approved && !own;
  const canChange = own && live && !me?.commentsBanned && withinEditWindow(comment, settings.editWindowMinutes, ctx.now);

  async function postReply(body: string, idempotencyKey: string) {
    try {
      const reply = await commentsApi.post(ctx.articleId, { body, parentId: comment.id }, idempotencyKey);
      ctx.addReply(comment.id, reply);
      setReplying(false);
      focusComment(reply.id);
    } catch (error) {
      ctx.onApiError(error);
      throw error;
    }
  }

  async function saveEdit(body: string) {
    try {
      const fresh = await commentsApi.edit(comment.id, body);
      ctx.updateComment(comment.id, (c) => withServerVersion(c, fresh));
      refocus.current = 'edit';
      setEditing(false);
    } catch (error) {
      ctx.onApiError(error);
      throw error;
    }
  }

  const editor = editing ? (
    <Composer
      label="Edit comment"
      submitLabel="Save"
      pendingText="Saving…"
      maxLength={settings.maxLength}
      initialText={comment.body}
      rows={4}
      autoFocus
      onSubmit={saveEdit}
      onCancel={() => {
        refocus.current = 'edit';
        setEditing(false);
      }}
    />
  ) : undefined;

  const hidden = Math.max(0, comment.replyCount - comment.replies.length);
  const showLabel = comment.replies.length > 0 ? `Show ${hidden} more ${plural(hidden, 'reply', 'replies')}` : `Show replies (${hidden})`;

  return (
    <li>
      <article data-comment-id={comment.id} data-comment-depth={depth} tabIndex={-1} aria-label={commentLabel(comment)} className="scroll-mt-24 py-3">
        <CommentBody comment={comment} locale={ctx.locale} timeZone={ctx.timeZone} note={temporary ? 'Posting…' : undefined} editor={editor} />
        {live ? (
          <div className="-ml-2 mt-1.5 flex flex-wrap items-center gap-x-1 gap-y-1">
            {canReply && !replying ? (
              <button ref={replyButton} type="button" onClick={() => setReplying(true)} className={actionClass}>
                Reply
              </button>
            ) : null}
            {canRecommend ? (
              <RecommendButton comment={comment} />
            ) : comment.recommendCount > 0 ? (
              <span className="px-2 font-sans text-sm text-ink-muted">
                {comment.recommendCount} {plural(comment.recommendCount, 'recommendation', 'recommendations')}
              </span>
            ) : null}
            {canReport ? <ReportControl id={comment.id} /> : null}
            {canChange && !editing ? (
              <>
                <button ref={editButton} type="button" onClick={() => setEditing(true)} className={actionClass}>
                  Edit
                </button>
                <DeleteControl comment={comment} />
              </>
            ) : null}
          </div>
        ) : null}
        {replying ? (
          <Composer
            label="Your reply"
            showLabel
            submitLabel="Post reply"
            maxLength={settings.maxLength}
            autoFocus
            hint={ctx.mode === 'premoderated' ? 'Replies are checked by a moderator before they appear.' : undefined}
            onSubmit={postReply}
            onCancel={() => {
              refocus.current = 'reply';
              setReplying(false);
            }}
          />
        ) : null}
      </article>
      {expanded ? (
        <ExpandedReplies parent={comment} depth={depth} loadingLabel={showLabel} />
      ) : (
        <>
          <ReplyList parent={comment} replies={comment.replies} depth={depth} />
          {hidden > 0 ? (
            <button type="button" onClick={() => setExpanded(true)} className={moreButtonClass}>
              {showLabel}
            </button>
          ) : null}
        </>
      )}
    </li>
  );
}

function ReplyList({ parent, replies, depth }: { parent: CommentDto; replies: CommentDto[]; depth: number }) {
  if (replies.length === 0) return null;
  return (
    <ul className={replyListClass(depth)} aria-label={`Replies to ${parent.authorName || 'a removed comment'}`}>
      {replies.map((reply) => (
        <CommentNode key={reply.id} comment={reply} depth={depth + 1} />
      ))}
    </ul>
  );
}

/** All replies of a comment, read page by page (oldest first), plus any the reader just posted. */
function ExpandedReplies({ parent, depth, loadingLabel }: { parent: CommentDto; depth: number; loadingLabel: string }) {
  const { articleId, settings } = useIsland();
  const query = useInfiniteQuery({
    queryKey: keys.replies(articleId, parent.id),
    queryFn: ({ pageParam, signal }) => commentsApi.list(articleId, { parentId: parent.id, cursor: pageParam, limit: settings.pageSize }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const shown = query.data ? uniqueById([...flatten(query.data), ...parent.replies]) : parent.replies;
  /** Index of the first reply the reader has not seen yet: it gets focus once loaded. */
  const focusFrom = useRef<number | null>(parent.replies.length);

  useEffect(() => {
    if (!query.data || focusFrom.current === null) return;
    const target = shown[focusFrom.current];
    focusFrom.current = null;
    if (target) focusComment(target.id);
  }, [query.data, shown]);

  async function loadMore() {
    if (query.isFetchingNextPage) return;
    const before = shown.length;
    const result = await query.fetchNextPage();
    const next = result.data ? uniqueById([...flatten(result.data), ...parent.replies])[before] : undefined;
    if (next) focusComment(next.id);
  }

  return (
    <>
      <ReplyList parent={parent} replies={shown} depth={depth} />
      {query.isPending ? (
        <button type="button" aria-disabled="true" className={moreButtonClass}>
          {loadingLabel}
          <span className="sr-only"> (loading)</span>
        </button>
      ) : null}
      {query.isError && !query.isFetchNextPageError ? (
        <RetryAlert message="The replies could not be loaded." onRetry={() => void query.refetch()} className="mb-3 ml-2 font-sans text-sm sm:ml-4" />
      ) : null}
      {query.hasNextPage ? (
        <button type="button" onClick={loadMore} aria-disabled={query.isFetchingNextPage || undefined} className={moreButtonClass}>
          Load more replies
        </button>
      ) : null}
      {query.isFetchNextPageError ? (
        <p role="alert" className="mb-3 ml-2 font-sans text-sm text-accent sm:ml-4">
          More replies could not be loaded. Try again.
        </p>
      ) : null}
    </>
  );
}

function ThumbIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round">
      <path d="M5 7v7H2.5V7H5Zm0 0 3-5.5c1 0 1.7.8 1.5 1.8L9 6h4a1.5 1.5 0 0 1 1.5 1.7l-.8 4.8A2 2 0 0 1 11.7 14H5" />
    </svg>
  );
}

/** Toggles the reader's recommendation, showing the change at once and undoing it if the API refuses. */
function RecommendButton({ comment }: { comment: CommentDto }) {
  const ctx = useIsland();
  const countId = useId();
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: () => commentsApi.recommend(comment.id),
    onMutate: () => {
      setError(null);
      const before = { recommended: comment.recommendedByMe, count: comment.recommendCount };
      ctx.updateComment(comment.id, (c) => ({
        ...c,
        recommendedByMe: !before.recommended,
        recommendCount: Math.max(0, before.count + (before.recommended ? -1 : 1)),
      }));
      return before;
    },
    onSuccess: (result) => ctx.updateComment(comment.id, (c) => ({ ...c, recommendedByMe: result.recommended, recommendCount: result.recommendCount })),
    onError: (failure, _variables, before) => {
      if (before) ctx.updateComment(comment.id, (c) => ({ ...c, recommendedByMe: before.recommended, recommendCount: before.count }));
      ctx.onApiError(failure);
      setError(errorMessage(failure));
    },
  });
  const count = comment.recommendCount;
  return (
    <>
      <button
        type="button"
        aria-pressed={comment.recommendedByMe}
        aria-disabled={mutation.isPending || undefined}
        aria-describedby={count > 0 ? countId : undefined}
        onClick={() => {
          if (!mutation.isPending) mutation.mutate();
        }}
        className={`${actionClass} aria-pressed:bg-paper-muted aria-pressed:text-accent`}
      >
        <ThumbIcon />
        Recommend
      </button>
      {count > 0 ? (
        <span id={countId} className="-ml-1 pr-2 font-sans text-sm text-ink-muted tabular-nums">
          {count}
          <span className="sr-only"> {plural(count, 'recommendation', 'recommendations')}</span>
        </span>
      ) : null}
      <InlineError message={error} />
    </>
  );
}

/** "Report", then a confirm step, then "Reported". */
function ReportControl({ id }: { id: number }) {
  const [done, setDone] = useState(false);
  const doneRef = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  if (done) {
    return (
      <span ref={doneRef} tabIndex={-1} role="status" className="px-2 font-sans text-sm font-semibold text-ink-muted">
        Reported
      </span>
    );
  }
  return (
    <ConfirmAction
      label="Report"
      question="Report this comment to the moderators?"
      confirmLabel="Yes, report"
      action={() => commentsApi.report(id)}
      onDone={() => setDone(true)}
    />
  );
}

/** "Delete", then a confirm step; the comment becomes a tombstone and keeps its replies. */
function DeleteControl({ comment }: { comment: CommentDto }) {
  const ctx = useIsland();
  return (
    <ConfirmAction
      label="Delete"
      question="Delete this comment?"
      confirmLabel="Yes, delete"
      action={() => commentsApi.remove(comment.id)}
      onDone={(tombstone) => {
        ctx.updateComment(comment.id, (c) => withServerVersion(c, tombstone));
        focusComment(comment.id);
      }}
    />
  );
}
