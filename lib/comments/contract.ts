import { z } from 'zod';

/**
 * The comments API contract, shared by the route handlers and the client island.
 * Imports nothing from the server: safe in client bundles.
 */

export const SORTS = ['newest', 'oldest', 'top'] as const;
export type CommentSort = (typeof SORTS)[number];

export const listQuerySchema = z.object({
  sort: z.enum(SORTS).default('newest'),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
  /** List the replies of this comment instead of the top level. */
  parentId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  /** Only top-level comments newer than this time (for "N new comments"). */
  since: z.iso.datetime().optional(),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

export const postBodySchema = z.object({
  body: z.string(),
  parentId: z.number().int().positive().max(2_147_483_647).nullish(),
});

export const editBodySchema = z.object({ body: z.string() });
export const reportBodySchema = z.object({ reason: z.string().max(500).optional() });

export interface CommentDto {
  id: number;
  articleId: number;
  parentId: number | null;
  /** Empty for a removed comment (tombstone). */
  authorName: string;
  /** Better Auth user id; null for comments without an account (imported). */
  authorId: string | null;
  body: string;
  createdAt: string;
  editedAt: string | null;
  recommendCount: number;
  recommendedByMe: boolean;
  replyCount: number;
  deleted: boolean;
  /** 'pending' only ever reaches the comment's own author (held for review). */
  status: 'approved' | 'pending';
  /** The first replies (oldest first) on top-level listings; empty on reply listings. */
  replies: CommentDto[];
}

export interface CommentListResponse {
  comments: CommentDto[];
  nextCursor: string | null;
  /** Approved comments on the article, all levels. */
  total: number;
}

export interface CommentResponse {
  comment: CommentDto;
}

export interface RecommendResponse {
  recommended: boolean;
  recommendCount: number;
}

export const ERROR_CODES = {
  bad_request: 400,
  unauthenticated: 401,
  email_unverified: 403,
  forbidden: 403,
  banned: 403,
  comments_closed: 403,
  bad_origin: 403,
  not_found: 404,
  duplicate: 409,
  edit_window_closed: 409,
  /** Someone else saved first: the body names their version. */
  version_conflict: 409,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  validation_failed: 422,
  rate_limited: 429,
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

export interface ApiErrorBody {
  error: { code: ErrorCode; message: string; field?: string };
}

/** Settings the island needs to behave like the server (limits, window). */
export interface CommentClientSettings {
  maxLength: number;
  editWindowMinutes: number;
  pageSize: number;
}
