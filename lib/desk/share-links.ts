import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { nowIso, toIso } from '../content/time.ts';
import type { DB } from '../db/connection.ts';

/**
 * Signed, expiring, revocable preview links for people without an account.
 * The token is `<link id>.<expiry seconds>.<HMAC>`: a tampered id or expiry fails the signature,
 * and the stored row lets an editor revoke a link before it expires.
 */
export const DEFAULT_SHARE_HOURS = 48;

export interface ShareLink {
  id: string;
  articleId: number;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

export type ShareCheck = { ok: true; articleId: number; expiresAt: string } | { ok: false; reason: 'invalid' | 'expired' | 'revoked' };

function sign(secret: string, id: string, articleId: number, expires: number): string {
  return createHmac('sha256', secret).update(`preview:${id}:${articleId}:${expires}`).digest('base64url');
}

export async function createShareLink(
  db: DB,
  secret: string,
  input: { articleId: number; createdBy: string | null; hours?: number; now?: Date },
): Promise<{ link: ShareLink; token: string }> {
  const now = input.now ?? new Date();
  const hours = Math.min(Math.max(input.hours ?? DEFAULT_SHARE_HOURS, 1), 24 * 30);
  const expires = Math.floor(now.getTime() / 1000) + hours * 3600;
  const id = randomBytes(12).toString('base64url');
  const expiresAt = new Date(expires * 1000).toISOString();
  await db
    .insertInto('preview_links')
    .values({ id, article_id: input.articleId, created_by: input.createdBy, created_at: now.toISOString(), expires_at: expiresAt, revoked_at: null })
    .execute();
  return {
    link: { id, articleId: input.articleId, createdAt: now.toISOString(), expiresAt, revokedAt: null },
    token: `${id}.${expires}.${sign(secret, id, input.articleId, expires)}`,
  };
}

export async function checkShareToken(db: DB, secret: string, token: string, now = new Date()): Promise<ShareCheck> {
  const match = /^([A-Za-z0-9_-]{16})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return { ok: false, reason: 'invalid' };
  const [, id, expiresRaw, signature] = match as unknown as [string, string, string, string];
  const row = await db.selectFrom('preview_links').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return { ok: false, reason: 'invalid' };
  const expires = Number(expiresRaw);
  const expected = Buffer.from(sign(secret, id, row.article_id, expires));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'invalid' };
  // The signed expiry must also be the stored one (a re-signed old link cannot outlive its row).
  if (expires * 1000 !== Date.parse(toIso(row.expires_at))) return { ok: false, reason: 'invalid' };
  if (row.revoked_at != null) return { ok: false, reason: 'revoked' };
  if (expires * 1000 <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, articleId: row.article_id, expiresAt: toIso(row.expires_at) };
}

export async function listShareLinks(db: DB, articleId: number): Promise<ShareLink[]> {
  const rows = await db.selectFrom('preview_links').selectAll().where('article_id', '=', articleId).orderBy('created_at', 'desc').execute();
  return rows.map((r) => ({
    id: r.id,
    articleId: r.article_id,
    createdAt: toIso(r.created_at),
    expiresAt: toIso(r.expires_at),
    revokedAt: r.revoked_at == null ? null : toIso(r.revoked_at),
  }));
}

export async function revokeShareLink(db: DB, articleId: number, id: string): Promise<boolean> {
  const result = await db
    .updateTable('preview_links')
    .set({ revoked_at: nowIso() })
    .where('id', '=', id)
    .where('article_id', '=', articleId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
