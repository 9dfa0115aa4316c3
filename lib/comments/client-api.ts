import type { SessionUser } from './client-types';
import type { CommentListResponse, CommentResponse, CommentSort, RecommendResponse } from './contract';

/** The comments API as the browser calls it: same-origin JSON, one error type. No dependencies. */

export const NETWORK_MESSAGE = 'We couldn’t reach the server. Check your connection and try again.';
const GENERIC_MESSAGE = 'Something went wrong on our side. Please try again.';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** An ERROR_CODES key, 'network' when the request never got an answer, or 'internal'. */
    readonly code: string,
    message: string,
    readonly retryAfterSeconds: number | null = null,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Retry-After as seconds from now: either a number of seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | null {
  const value = header?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

function formatWait(seconds: number): string {
  if (seconds < 60) return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

/** A sentence to show the reader for any failure. */
export function errorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return GENERIC_MESSAGE;
  if (error.code === 'rate_limited') {
    return error.retryAfterSeconds
      ? `You’re posting too quickly. Try again in ${formatWait(error.retryAfterSeconds)}.`
      : 'You’re posting too quickly. Wait a minute and try again.';
  }
  return error.message || GENERIC_MESSAGE;
}

function errorFromBody(status: number, body: unknown, retryAfter: number | null): ApiError {
  const error = typeof body === 'object' && body !== null && 'error' in body ? (body as { error: unknown }).error : null;
  if (typeof error === 'object' && error !== null) {
    const { code, message, field } = error as { code?: unknown; message?: unknown; field?: unknown };
    if (typeof code === 'string' && typeof message === 'string') {
      return new ApiError(status, code, message, retryAfter, typeof field === 'string' ? field : undefined);
    }
  }
  return new ApiError(status, status >= 500 ? 'internal' : `http_${status}`, GENERIC_MESSAGE, retryAfter);
}

async function call<T>(url: string, init: { method?: string; json?: unknown; headers?: Record<string, string>; signal?: AbortSignal } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
  const method = init.method ?? 'GET';
  if (method !== 'GET') headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
      credentials: 'same-origin',
      cache: 'no-store',
      signal: init.signal,
    });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new ApiError(0, 'network', NETWORK_MESSAGE);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw errorFromBody(response.status, body, parseRetryAfter(response.headers.get('retry-after')));
  return body as T;
}

export interface ListParams {
  sort?: CommentSort;
  cursor?: string | null;
  limit?: number;
  parentId?: number;
  since?: string;
}

export function listUrl(articleId: number, params: ListParams): string {
  const search = new URLSearchParams();
  if (params.sort) search.set('sort', params.sort);
  if (params.cursor) search.set('cursor', params.cursor);
  if (params.limit) search.set('limit', String(params.limit));
  if (params.parentId) search.set('parentId', String(params.parentId));
  if (params.since) search.set('since', params.since);
  const query = search.toString();
  return `/api/articles/${articleId}/comments${query ? `?${query}` : ''}`;
}

export const commentsApi = {
  list: (articleId: number, params: ListParams, signal?: AbortSignal) => call<CommentListResponse>(listUrl(articleId, params), { signal }),

  post: (articleId: number, input: { body: string; parentId?: number | null }, idempotencyKey: string) =>
    call<CommentResponse>(`/api/articles/${articleId}/comments`, {
      method: 'POST',
      json: { body: input.body, parentId: input.parentId ?? null },
      headers: { 'idempotency-key': idempotencyKey },
    }).then((r) => r.comment),

  edit: (id: number, body: string) => call<CommentResponse>(`/api/comments/${id}`, { method: 'PATCH', json: { body } }).then((r) => r.comment),

  remove: (id: number) => call<CommentResponse>(`/api/comments/${id}`, { method: 'DELETE' }).then((r) => r.comment),

  recommend: (id: number) => call<RecommendResponse>(`/api/comments/${id}/recommend`, { method: 'POST', json: {} }),

  report: (id: number, reason?: string) => call<{ reported: true }>(`/api/comments/${id}/report`, { method: 'POST', json: reason ? { reason } : {} }),

  /** The signed-in reader, or null (also when the session cannot be read). */
  session: async (signal?: AbortSignal): Promise<SessionUser | null> => {
    const body = await call<{ user?: SessionUser } | null>('/api/auth/get-session', { signal }).catch((error: unknown) => {
      if (signal?.aborted) throw error;
      return null;
    });
    return body?.user ?? null;
  },
};

/** A fresh Idempotency-Key (randomUUID needs a secure context; fall back to getRandomValues). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

