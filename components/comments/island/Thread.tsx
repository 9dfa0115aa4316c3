'use client';

import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { SESSION_CHANGED_EVENT } from '@/components/layout/AccountLink';
import { ApiError, commentsApi } from '@/lib/comments/client-api';
import {
  appendReply,
  BEGINNING,
  flatten,
  laterOf,
  newestFromOthers,
  prependComments,
  removeComment,
  replaceTemporary,
  temporaryComment,
  uniqueById,
  unseenComments,
  updateComment,
  type Pages,
} from '@/lib/comments/client-cache';
import { plural } from '@/lib/comments/client-format';
import { focusComment } from '@/lib/comments/client-focus';
import type { CommentsIslandProps } from '@/lib/comments/client-types';
// Types only: the contract's runtime half (zod schemas) must stay out of this chunk.
import type { CommentDto, CommentListResponse, CommentSort } from '@/lib/comments/contract';
import { noticeClass, SignInPrompt } from '../CommentItem';
import { CommentNode } from './CommentNode';
import { Composer } from './Composer';
import { IslandContext, keys, type IslandContextValue } from './context';
import { RetryAlert } from './RetryAlert';

const POLL_MS = 15_000;
/** The API returns at most this many comments for `since`; more means a gap, so the list is re-read instead. */
const SINCE_LIMIT = 100;
const NO_NEW: CommentListResponse = { comments: [], nextCursor: null, total: 0 };
const SESSION_CODES = new Set(['unauthenticated', 'banned', 'email_unverified']);

const SORT_LABELS: Record<CommentSort, string> = { newest: 'Newest', oldest: 'Oldest', top: 'Most recommended' };
const SORT_OPTIONS = Object.keys(SORT_LABELS) as CommentSort[];
const isSort = (value: string): value is CommentSort => value in SORT_LABELS;

const moreClass =
  'mt-4 inline-flex min-h-11 w-full items-center justify-center rounded border border-ink-muted bg-paper px-5 py-2.5 font-sans text-sm font-semibold text-ink hover:underline aria-disabled:cursor-wait aria-disabled:opacity-70 sm:w-auto';

export function Thread({ articleId, articlePath, mode, initial, settings, locale, timeZone }: CommentsIslandProps) {
  const client = useQueryClient();
  const sortId = useId();
  const [sort, setSort] = useState<CommentSort>('newest');
  const [now, setNow] = useState(() => Date.now());
  /** Comments from others up to this time have been shown (or offered and taken). */
  const [seenUntil, setSeenUntil] = useState(() => newestFromOthers(initial.comments, null) ?? BEGINNING);
  const temporaryIds = useRef(0);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);

  // ---- Who is reading -------------------------------------------------------------------------
  const session = useQuery({
    queryKey: keys.session,
    queryFn: ({ signal }) => commentsApi.session(signal),
    staleTime: 60_000,
    refetchOnWindowFocus: true,
  });
  const me = session.data ?? null;
  const meId = me?.id ?? null;

  useEffect(() => {
    const reread = () => void client.invalidateQueries({ queryKey: keys.session });
    window.addEventListener(SESSION_CHANGED_EVENT, reread);
    return () => window.removeEventListener(SESSION_CHANGED_EVENT, reread);
  }, [client]);

  // The server-rendered first page is what anonymous readers see. A signed-in reader's lists are read
  // again once, for their recommendations and their own comments awaiting moderation; so are
  // everyone's when the reader changes (signed out in another tab).
  const listedFor = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (!session.isSuccess) return;
    const previous = listedFor.current;
    listedFor.current = meId;
    if (previous === undefined ? meId !== null : previous !== meId) void client.invalidateQueries({ queryKey: keys.all(articleId) });
  }, [session.isSuccess, meId, client, articleId]);

  // ---- The top level ----------------------------------------------------------------------------
  const [initialAt] = useState(() => Date.now());
  const list = useInfiniteQuery({
    queryKey: keys.list(articleId, sort),
    queryFn: ({ pageParam, signal }) => commentsApi.list(articleId, { sort, cursor: pageParam, limit: settings.pageSize }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    initialData: sort === 'newest' ? { pages: [initial], pageParams: [null] } : undefined,
    initialDataUpdatedAt: initialAt,
    placeholderData: keepPreviousData,
  });
  // Deduplicated: the reader's own comment sits at the top until re-read, and may come again in a later page.
  const comments = uniqueById(flatten(list.data));

  async function loadMore() {
    if (list.isFetchingNextPage) return;
    const before = comments.length;
    const result = await list.fetchNextPage();
    const next = uniqueById(flatten(result.data))[before];
    if (next) focusComment(next.id);
  }

  // ---- New comments from others -----------------------------------------------------------------
  const since = laterOf(seenUntil, sort === 'newest' ? newestFromOthers(list.data?.pages[0]?.comments ?? [], meId) : null) ?? BEGINNING;
  const poll = useQuery({
    queryKey: keys.since(articleId, since),
    queryFn: ({ signal }) => commentsApi.list(articleId, { since }, signal),
    enabled: mode !== 'closed',
    // Nothing to fetch at once: the page was just rendered. Polling pauses while the tab is hidden.
    initialData: NO_NEW,
    staleTime: POLL_MS - 1000,
    refetchInterval: POLL_MS,
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
    retry: false,
  });
  const known = new Set<number>();
  for (const [, data] of client.getQueriesData<Pages>({ queryKey: keys.all(articleId) })) {
    for (const c of flatten(data)) known.add(c.id);
  }
  const fresh = unseenComments(poll.data.comments, known).filter((c) => !meId || c.authorId !== meId);
  const capped = poll.data.comments.length >= SINCE_LIMIT;

  async function showNew() {
    const first = fresh[0];
    if (!first) return;
    const newest = fresh.reduce<string | null>((t, c) => laterOf(t, c.createdAt), null);
    setSeenUntil((previous) => laterOf(previous, newest) ?? previous);
    if (sort === 'newest' && !capped) {
      client.setQueryData<Pages>(keys.list(articleId, 'newest'), (data) => prependComments(data, fresh));
      focusComment(first.id);
      return;
    }
    await client.invalidateQueries({ queryKey: keys.list(articleId, sort) });
    void client.invalidateQueries({ queryKey: keys.all(articleId), refetchType: 'none' });
    const top = flatten(client.getQueryData<Pages>(keys.list(articleId, sort)))[0];
    if (top) focusComment(top.id);
  }

  // ---- Posting ----------------------------------------------------------------------------------
  const onApiError = useCallback(
    (error: unknown) => {
      if (error instanceof ApiError && SESSION_CODES.has(error.code)) void client.invalidateQueries({ queryKey: keys.session });
    },
    [client],
  );

  const post = useMutation({
    mutationFn: ({ body, key }: { body: string; key: string }) => commentsApi.post(articleId, { body }, key),
    onMutate: async ({ body }) => {
      const listKey = keys.list(articleId, sort);
      const tempId = -++temporaryIds.current;
      await client.cancelQueries({ queryKey: listKey, exact: true });
      if (me) {
        const temp = temporaryComment({ id: tempId, articleId, parentId: null, body: body.trim(), author: me, createdAt: new Date().toISOString() });
        client.setQueryData<Pages>(listKey, (data) => prependComments(data, [temp]));
      }
      return { tempId, listKey };
    },
    onError: (error, _input, context) => {
      if (context) client.setQueryData<Pages>(context.listKey, (data) => removeComment(data, context.tempId));
      onApiError(error);
    },
    onSuccess: (comment, _input, context) => {
      client.setQueryData<Pages>(context.listKey, (data) => replaceTemporary(data, context.tempId, comment));
      // The other orders are read again when next shown.
      void client.invalidateQueries({
        queryKey: keys.all(articleId),
        refetchType: 'none',
        predicate: (query) => query.queryKey.length === 3 && query.queryKey[2] !== context.listKey[2],
      });
    },
  });

  async function postComment(body: string, key: string) {
    const comment = await post.mutateAsync({ body, key });
    return comment.status === 'pending' ? 'Your comment was sent. Only you can see it until a moderator approves it.' : 'Your comment was posted.';
  }

  // ---- Shared with every comment ----------------------------------------------------------------
  const canPost = mode !== 'closed' && Boolean(me && me.emailVerified && !me.commentsBanned);
  const context = useMemo<IslandContextValue>(
    () => ({
      articleId,
      articlePath,
      mode,
      settings,
      locale,
      timeZone,
      me,
      canPost,
      canRecommend: Boolean(me && !me.commentsBanned),
      canReport: Boolean(me),
      now,
      updateComment: (id: number, fn: (c: CommentDto) => CommentDto) =>
        client.setQueriesData<Pages>({ queryKey: keys.all(articleId) }, (data) => updateComment(data, id, fn)),
      addReply: (parentId: number, reply: CommentDto) =>
        client.setQueriesData<Pages>({ queryKey: keys.all(articleId) }, (data) => appendReply(data, parentId, reply)),
      onApiError,
    }),
    [articleId, articlePath, mode, settings, locale, timeZone, me, canPost, now, client, onApiError],
  );

  return (
    <IslandContext value={context}>
      {/* data-comments-island: the island has replaced the server list (a hook for tests). */}
      <div className="mt-4" data-comments-island="">
        {mode === 'closed' ? null : session.isPending ? (
          <div className="h-[4.25rem]" aria-hidden="true" />
        ) : !me ? (
          <SignInPrompt articlePath={articlePath} />
        ) : me.commentsBanned ? (
          <p className={noticeClass}>Your account can no longer take part in comments.</p>
        ) : !me.emailVerified ? (
          <div className={noticeClass}>
            <p className="font-semibold">Confirm your email to comment</p>
            <p className="mt-1">
              We sent a link to {me.email}.{' '}
              <Link href="/account" prefetch={false} className="font-semibold text-accent underline hover:no-underline">
                Go to your account
              </Link>{' '}
              to send a new one.
            </p>
          </div>
        ) : (
          <Composer
            label="Your comment"
            showLabel
            hint={`Posting as ${me.name}.`}
            submitLabel="Post comment"
            maxLength={settings.maxLength}
            rows={4}
            onSubmit={postComment}
            stayAfterSuccess
          />
        )}

        <div className="mt-5 flex flex-wrap items-center justify-between gap-3 border-b border-rule pb-2 font-sans text-sm">
          <div className="flex items-center gap-2">
            <label htmlFor={sortId} className="font-semibold">
              Sort comments
            </label>
            <select
              id={sortId}
              value={sort}
              onChange={(e) => {
                const value = e.target.value;
                if (isSort(value)) setSort(value);
              }}
              className="min-h-9 rounded border border-ink-muted bg-paper px-2 py-1 text-ink"
            >
              {SORT_OPTIONS.map((s) => (
                <option key={s} value={s}>
                  {SORT_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          <div aria-live="polite">
            {fresh.length > 0 ? (
              <button
                type="button"
                onClick={() => void showNew()}
                className="inline-flex min-h-9 items-center rounded-full bg-brand px-4 py-1.5 font-semibold text-brand-ink hover:underline"
              >
                {capped ? `${SINCE_LIMIT}+` : fresh.length} new {plural(fresh.length, 'comment', 'comments')}
              </button>
            ) : null}
          </div>
        </div>

        <div aria-busy={list.isPlaceholderData || list.isFetching || undefined}>
          {list.data ? (
            comments.length === 0 ? (
              <p className="mt-4 font-sans text-ink-muted">{canPost ? 'No comments yet. Start the conversation.' : 'No comments yet.'}</p>
            ) : (
              <ul className={`divide-y divide-rule transition-opacity ${list.isPlaceholderData ? 'opacity-60' : ''}`}>
                {comments.map((comment) => (
                  <CommentNode key={comment.id} comment={comment} depth={0} />
                ))}
              </ul>
            )
          ) : list.isError ? (
            <RetryAlert message="The comments could not be loaded." onRetry={() => void list.refetch()} className="mt-4 font-sans text-sm" />
          ) : (
            <p role="status" className="mt-4 font-sans text-sm text-ink-muted">
              Loading comments…
            </p>
          )}
        </div>

        {list.hasNextPage && !list.isPlaceholderData ? (
          <button type="button" onClick={() => void loadMore()} aria-disabled={list.isFetchingNextPage || undefined} className={moreClass}>
            Load more comments
          </button>
        ) : null}
        {list.isFetchNextPageError ? (
          <p role="alert" className="mt-2 font-sans text-sm text-accent">
            More comments could not be loaded. Try again.
          </p>
        ) : null}
      </div>
    </IslandContext>
  );
}
