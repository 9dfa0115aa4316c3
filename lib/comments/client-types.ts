import type { CommentClientSettings, CommentListResponse } from './contract';

/** What the server hands the comments island (all serialisable). */
export interface CommentsIslandProps {
  articleId: number;
  /** The article's path, for "Sign in" links that come back to the thread. */
  articlePath: string;
  mode: 'open' | 'premoderated' | 'closed';
  /** First page, sort "newest", as rendered on the server. */
  initial: CommentListResponse;
  settings: CommentClientSettings;
  locale: string;
  timeZone: string;
}

/** The signed-in reader, as /api/auth/get-session returns them. */
export interface SessionUser {
  id: string;
  name: string;
  email: string;
  emailVerified: boolean;
  role?: string;
  commentsBanned?: boolean;
}
