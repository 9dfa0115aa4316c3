import 'server-only';
import { createHash } from 'node:crypto';
import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { config } from '../config.ts';
import { ERROR_CODES, type ApiErrorBody, type ErrorCode } from '../comments/contract.ts';
import { CommentError } from '../comments/errors.ts';
import { CLIENT_ADDRESS_HEADER, rateLimitKey } from '../http/client-address.ts';
import type { Viewer } from '../comments/service.ts';
import { log } from '../log.ts';
import { getSessionUser } from './auth.ts';

/** JSON API plumbing: one error shape, body limits, Origin checks, viewer lookup. */

const MAX_BODY_BYTES = 32_768;
const MAX_ID = 2_147_483_647;
const PRIVATE = { 'Cache-Control': 'private, no-store' };

export function apiError(code: ErrorCode, message: string, options: { field?: string; retryAfterSeconds?: number } = {}) {
  const body: ApiErrorBody = { error: { code, message, ...(options.field ? { field: options.field } : {}) } };
  const headers: Record<string, string> = { ...PRIVATE };
  if (options.retryAfterSeconds) headers['Retry-After'] = String(options.retryAfterSeconds);
  return NextResponse.json(body, { status: ERROR_CODES[code], headers });
}

export function apiJson(data: unknown, status = 200) {
  return NextResponse.json(data, { status, headers: PRIVATE });
}

type Handler<P> = (request: Request, params: P) => Promise<Response>;

/** Wraps a route handler: refusals become their JSON error; anything unexpected is logged, never leaked. */
export function api<P>(handler: Handler<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      return await handler(request, await context.params);
    } catch (error) {
      if (error instanceof CommentError) return apiError(error.code, error.message, error.options);
      log.error({ err: error, url: request.url, method: request.method }, 'API request failed');
      return NextResponse.json({ error: { code: 'internal', message: 'Something went wrong on our side. Nothing was changed.' } }, { status: 500, headers: PRIVATE });
    }
  };
}

/** Path ids are positive integers; anything else names nothing. */
export function parseId(raw: string, what: string): number {
  // Ids are 32-bit in PostgreSQL: anything larger names nothing (and must not reach the database).
  if (!/^[1-9]\d{0,9}$/.test(raw) || Number(raw) > MAX_ID) throw new CommentError('not_found', `There is no such ${what}.`);
  return Number(raw);
}

/** Reads and validates a JSON body: 413 when too large, 400 when not JSON, 422 naming the bad field. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S, { maxBytes = MAX_BODY_BYTES } = {}): Promise<z.infer<S>> {
  const type = request.headers.get('content-type') ?? '';
  if (!type.includes('application/json')) throw new CommentError('bad_request', 'Send JSON with Content-Type: application/json.');
  const text = await readTextUpTo(request, maxBytes);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new CommentError('bad_request', 'The request body is not valid JSON.');
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.join('.') || undefined;
    throw new CommentError('validation_failed', `${field ?? 'body'}: ${issue?.message ?? 'invalid'}`, { field });
  }
  return result.data;
}

/** The body as text, refusing (413) once it passes `maxBytes`, declared or not: a chunked body is never read past the limit. */
export async function readTextUpTo(request: Request, maxBytes: number): Promise<string> {
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) throw new CommentError('payload_too_large', 'That request is too large.');
  if (!request.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new CommentError('payload_too_large', 'That request is too large.');
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** State-changing requests must come from our own pages (CSRF defence on top of SameSite cookies). */
export function requireSameOrigin(request: Request) {
  const origin = request.headers.get('origin');
  const site = new URL(config().siteUrl);
  const allowed = new Set([site.origin]);
  if (['localhost', '127.0.0.1'].includes(site.hostname)) {
    for (const host of ['localhost', '127.0.0.1']) allowed.add(`${site.protocol}//${host}${site.port ? `:${site.port}` : ''}`);
  }
  if (!origin || !allowed.has(origin)) throw new CommentError('bad_origin', 'This request must come from the site itself.');
}

export async function viewerFrom(request: Request): Promise<Viewer | null> {
  return getSessionUser(request.headers);
}

/**
 * A salted hash of the client address: enough for per-IP rate limits, useless to anyone reading the table.
 * The address is the one the server stamped (lib/http/client-address.ts), never a client's X-Forwarded-For.
 */
export function ipHashOf(request: Request): string | null {
  const ip = request.headers.get(CLIENT_ADDRESS_HEADER);
  if (!ip) return null;
  return createHash('sha256').update(`${config().authSecret ?? 'dev'}:${rateLimitKey(ip)}`).digest('base64url').slice(0, 32);
}
