/** The desk's browser-side calls to its JSON API. Only types cross from server modules. */
import type { DeskArticle } from './article-rows.ts';
import type { ShareLink } from './share-links.ts';
import type { WorkflowAction } from './workflow.ts';

export class DeskApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

async function call<T>(url: string, method: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new DeskApiError(0, 'network', 'The desk cannot reach the server. Check your connection; nothing was lost from this page.');
  }
  const data = (await response.json().catch(() => null)) as ({ error?: { code: string; message: string; field?: string } } & T) | null;
  if (!response.ok) {
    const error = data?.error;
    throw new DeskApiError(response.status, error?.code ?? 'internal', error?.message ?? `The server answered ${response.status}.`, error?.field);
  }
  return data as T;
}

type ArticleReply = { article: DeskArticle };

export const deskApi = {
  create: (fields: unknown) => call<ArticleReply>('/api/desk/articles', 'POST', { fields }),
  load: (id: number) => call<ArticleReply>(`/api/desk/articles/${id}`, 'GET'),
  save: (id: number, version: number, fields: unknown, autosave: boolean) =>
    call<ArticleReply>(`/api/desk/articles/${id}`, 'PUT', { version, fields, autosave }),
  transition: (id: number, action: WorkflowAction, version: number, publishAt?: string) =>
    call<ArticleReply>(`/api/desk/articles/${id}/workflow`, 'POST', { action, version, publishAt }),
  restore: (id: number, revisionId: number, version: number) =>
    call<ArticleReply>(`/api/desk/articles/${id}/restore`, 'POST', { revisionId, version }),
  preview: (id: number, fields: unknown) => call<{ url: string }>(`/api/desk/articles/${id}/preview`, 'POST', { fields }),
  share: (id: number, hours?: number) => call<{ link: ShareLink; url: string }>(`/api/desk/articles/${id}/share-links`, 'POST', { hours }),
  revokeShare: (id: number, linkId: string) => call<{ revoked: true }>(`/api/desk/articles/${id}/share-links/${linkId}`, 'DELETE'),
};

/** Uploads an image to the media library (multipart; the server sniffs the real type). */
export async function uploadMedia(file: File, alt: string, credit?: string) {
  const form = new FormData();
  form.set('file', file);
  form.set('alt', alt);
  if (credit) form.set('credit', credit);
  let response: Response;
  try {
    response = await fetch('/api/desk/media', { method: 'POST', body: form, credentials: 'same-origin' });
  } catch {
    throw new DeskApiError(0, 'network', 'The upload did not reach the server. Check your connection and try again.');
  }
  const data = (await response.json().catch(() => null)) as {
    media?: { id: number; src: string; width: number; height: number; alt: string; credit: string | null };
    error?: { code: string; message: string; field?: string };
  } | null;
  if (!response.ok || !data?.media) {
    throw new DeskApiError(response.status, data?.error?.code ?? 'internal', data?.error?.message ?? 'The upload failed.', data?.error?.field);
  }
  return data.media;
}

/** "harbour-bridge_at-dusk.jpg" → "harbour bridge at dusk": a starting point the editor then corrects. */
export function altFromFileName(name: string): string {
  return name.replace(/\.[a-z0-9]+$/i, '').replace(/[-_]+/g, ' ').trim() || 'Image';
}
