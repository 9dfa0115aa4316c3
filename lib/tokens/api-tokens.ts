import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { CommentError } from '../comments/errors.ts';
import { nowIso, toIso } from '../content/time.ts';
import type { DB } from '../db/connection.ts';

/**
 * API tokens for machine clients (the ingest API). A token is `mrd_` + 32 random bytes (base64url),
 * shown once when created; only its SHA-256 (hex) is stored, with the first 12 characters as a
 * prefix so people can tell tokens apart. Plain module (no server-only): the token:create CLI uses it.
 */

export const TOKEN_SCOPES = ['articles:read', 'articles:write'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export const TOKEN_PREFIX = 'mrd_';
const TOKEN_PATTERN = /^mrd_[A-Za-z0-9_-]{43}$/;
const PREFIX_LENGTH = 12;
const NAME_MAX = 100;
/** last_used_at is written at most this often per token (it is informational, not an audit log). */
const LAST_USED_GRANULARITY_MS = 60_000;

export interface ApiTokenInfo {
  id: number;
  name: string;
  prefix: string;
  scopes: TokenScope[];
  createdBy: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/**
 * A 401 from bearer authentication. Carries the RFC 6750 challenge for the `WWW-Authenticate`
 * response header, which route code adds (lib/ingest/http.ts).
 */
export class BearerError extends CommentError {
  readonly challenge: string;
  constructor(code: 'unauthenticated' | 'forbidden', message: string, challenge: string) {
    super(code, message);
    this.challenge = challenge;
  }
}

export function isTokenScope(value: string): value is TokenScope {
  return (TOKEN_SCOPES as readonly string[]).includes(value);
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export async function createApiToken(
  db: DB,
  input: { name: string; scopes: readonly string[]; createdBy: string | null },
): Promise<{ id: number; token: string; prefix: string; info: ApiTokenInfo }> {
  const name = input.name.replace(/\s+/g, ' ').trim();
  if (!name) throw new CommentError('validation_failed', 'name: give the token a name (what uses it)', { field: 'name' });
  if (name.length > NAME_MAX) throw new CommentError('validation_failed', `name: must be at most ${NAME_MAX} characters`, { field: 'name' });
  const scopes = [...new Set(input.scopes.map((s) => s.trim()).filter(Boolean))];
  if (scopes.length === 0) {
    throw new CommentError('validation_failed', `scopes: choose at least one of ${TOKEN_SCOPES.join(', ')}`, { field: 'scopes' });
  }
  const unknown = scopes.find((s) => !isTokenScope(s));
  if (unknown) {
    throw new CommentError('validation_failed', `scopes: "${unknown}" is not a scope; use ${TOKEN_SCOPES.join(', ')}`, { field: 'scopes' });
  }
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const prefix = token.slice(0, PREFIX_LENGTH);
  const row = await db
    .insertInto('api_tokens')
    .values({
      name,
      token_hash: hashToken(token),
      token_prefix: prefix,
      scopes: scopes.join(' '),
      created_by: input.createdBy,
      created_at: nowIso(),
      last_used_at: null,
      revoked_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { id: row.id, token, prefix, info: toInfo(row) };
}

/**
 * Checks an `Authorization: Bearer <token>` header. Any one of `required` scopes is enough.
 * Missing, malformed, unknown and revoked tokens are 401 (one message for all: no oracle),
 * a token without the scope is 403.
 */
export async function authenticateBearer(
  db: DB,
  authorization: string | null | undefined,
  required: TokenScope | readonly TokenScope[],
  options: { now?: string } = {},
): Promise<ApiTokenInfo> {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization?.trim() ?? '');
  if (!match) {
    throw new BearerError('unauthenticated', 'Send an API token: Authorization: Bearer <token>.', 'Bearer realm="api"');
  }
  const invalid = () =>
    new BearerError('unauthenticated', 'The API token is not valid (unknown, revoked or mistyped).', 'Bearer realm="api", error="invalid_token"');
  const token = match[1]!;
  if (!TOKEN_PATTERN.test(token)) throw invalid();
  const hash = hashToken(token);
  const row = await db.selectFrom('api_tokens').selectAll().where('token_hash', '=', hash).executeTakeFirst();
  // The lookup is by hash (an index); the constant-time comparison is defence in depth.
  if (!row || !timingSafeEqual(Buffer.from(row.token_hash, 'utf8'), Buffer.from(hash, 'utf8')) || row.revoked_at != null) throw invalid();

  const info = toInfo(row);
  const anyOf = typeof required === 'string' ? [required] : [...required];
  if (!anyOf.some((scope) => info.scopes.includes(scope))) {
    throw new BearerError(
      'forbidden',
      `This token lacks the ${anyOf.join(' or ')} scope.`,
      `Bearer realm="api", error="insufficient_scope", scope="${anyOf.join(' ')}"`,
    );
  }

  const now = options.now ?? nowIso();
  const threshold = new Date(Date.parse(now) - LAST_USED_GRANULARITY_MS).toISOString();
  if (info.lastUsedAt == null || info.lastUsedAt < threshold) {
    await db
      .updateTable('api_tokens')
      .set({ last_used_at: now })
      .where('id', '=', row.id)
      .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', threshold)]))
      .execute();
    info.lastUsedAt = now;
  }
  return info;
}

/** Every token, newest first, revoked ones included (marked). Never the hash. */
export async function listApiTokens(db: DB): Promise<ApiTokenInfo[]> {
  const rows = await db.selectFrom('api_tokens').selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
  return rows.map(toInfo);
}

/** Revokes a token at once (idempotent: revoking a revoked token keeps its first revocation time). */
export async function revokeApiToken(db: DB, id: number): Promise<ApiTokenInfo> {
  await db.updateTable('api_tokens').set({ revoked_at: nowIso() }).where('id', '=', id).where('revoked_at', 'is', null).execute();
  const row = await db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new CommentError('not_found', 'There is no such API token.');
  return toInfo(row);
}

type TokenRow = {
  id: number;
  name: string;
  token_prefix: string;
  scopes: string;
  created_by: string | null;
  created_at: Date | string;
  last_used_at: Date | string | null;
  revoked_at: Date | string | null;
};

function toInfo(row: TokenRow): ApiTokenInfo {
  return {
    id: row.id,
    name: row.name,
    prefix: row.token_prefix,
    scopes: row.scopes.split(/\s+/).filter(isTokenScope),
    createdBy: row.created_by,
    createdAt: toIso(row.created_at),
    lastUsedAt: row.last_used_at == null ? null : toIso(row.last_used_at),
    revokedAt: row.revoked_at == null ? null : toIso(row.revoked_at),
  };
}
