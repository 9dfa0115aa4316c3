import 'server-only';
import { CommentError } from '../comments/errors.ts';
import { api, apiError, readTextUpTo } from '../site/api.ts';
import { BearerError } from '../tokens/api-tokens.ts';

/** Route plumbing for the token-authenticated API (/api/v1): its JSON reader and its 401/403 challenge. */

/** Whole articles (Markdown or blocks): larger than comment bodies, still bounded. */
export const INGEST_MAX_BODY_BYTES = 1_048_576;

type Handler<P> = (request: Request, params: P) => Promise<Response>;

/** Like api(), and a bearer refusal also carries `WWW-Authenticate` (RFC 6750). */
export function tokenApi<P>(handler: Handler<P>) {
  return api<P>(async (request, params) => {
    try {
      return await handler(request, params);
    } catch (error) {
      if (!(error instanceof BearerError)) throw error;
      const response = apiError(error.code, error.message, error.options);
      response.headers.set('WWW-Authenticate', error.challenge);
      return response;
    }
  });
}

/**
 * The request body as decoded JSON (validated afterwards, by the ingest schema): 415 unless it is
 * declared JSON, 413 past `maxBytes` (declared or streamed: a chunked body is never read past it), 400 when not JSON.
 */
export async function readJsonBody(request: Request, { maxBytes = INGEST_MAX_BODY_BYTES } = {}): Promise<unknown> {
  const type = (request.headers.get('content-type') ?? '').toLowerCase();
  if (!/^application\/(?:[\w.+-]+\+)?json\b/.test(type.trim())) {
    throw new CommentError('unsupported_media_type', 'Send JSON with Content-Type: application/json.');
  }
  let text: string;
  try {
    text = await readTextUpTo(request, maxBytes);
  } catch (error) {
    throw error instanceof CommentError && error.code === 'payload_too_large' ? tooLarge(maxBytes) : error;
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new CommentError('bad_request', 'The request body is not valid JSON.');
  }
}

function tooLarge(maxBytes: number) {
  return new CommentError('payload_too_large', `The request is larger than ${Math.round(maxBytes / 1024)} KB.`);
}
