'use client';

import { createContext, useContext } from 'react';
import type { CommentSort, CommentClientSettings, CommentDto } from '@/lib/comments/contract';
import type { SessionUser } from '@/lib/comments/client-types';

export const keys = {
  /** Prefix of every list the island caches (top level in each sort, and replies). */
  all: (articleId: number) => ['comments', articleId] as const,
  list: (articleId: number, sort: CommentSort) => ['comments', articleId, sort] as const,
  replies: (articleId: number, parentId: number) => ['comments', articleId, 'replies', parentId] as const,
  since: (articleId: number, since: string) => ['comments-since', articleId, since] as const,
  session: ['session'] as const,
};

export interface IslandContextValue {
  articleId: number;
  articlePath: string;
  mode: 'open' | 'premoderated' | 'closed';
  settings: CommentClientSettings;
  locale: string;
  timeZone: string;
  me: SessionUser | null;
  /** Signed in, email confirmed, not banned, comments open. */
  canPost: boolean;
  /** Signed in and not banned. */
  canRecommend: boolean;
  canReport: boolean;
  /** Updated every 30 s, for the edit window. */
  now: number;
  /** Applies fn to this comment in every cached list. */
  updateComment: (id: number, fn: (c: CommentDto) => CommentDto) => void;
  /** Adds a new reply under its parent in every cached list. */
  addReply: (parentId: number, reply: CommentDto) => void;
  /** Re-reads the session when the API says it changed (signed out, banned, unverified). */
  onApiError: (error: unknown) => void;
}

export const IslandContext = createContext<IslandContextValue | null>(null);

export function useIsland(): IslandContextValue {
  const value = useContext(IslandContext);
  if (!value) throw new Error('useIsland outside the comments island');
  return value;
}

const actionBase =
  'inline-flex min-h-8 items-center gap-1 rounded px-2 py-1 font-sans text-sm font-semibold hover:underline aria-disabled:cursor-wait aria-disabled:opacity-70';
/** Small text buttons under each comment. */
export const actionClass = `${actionBase} text-ink-muted hover:text-ink`;
/** The "Yes, …" of a confirm step. */
export const confirmClass = `${actionBase} text-accent`;
export const primaryClass =
  'inline-flex min-h-10 items-center justify-center rounded bg-brand px-4 py-2 font-sans text-sm font-semibold text-brand-ink ring-1 ring-brand-ink/20 ring-inset hover:underline disabled:cursor-not-allowed disabled:opacity-60 disabled:hover:no-underline aria-disabled:cursor-wait aria-disabled:opacity-70';
export const secondaryClass =
  'inline-flex min-h-10 items-center justify-center rounded border border-ink-muted bg-paper px-4 py-2 font-sans text-sm font-semibold text-ink hover:underline';
export const errorClass = 'mt-2 rounded border-l-4 border-accent bg-paper-muted px-3 py-2 font-sans text-sm text-ink';
