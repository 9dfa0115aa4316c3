import 'server-only';
import { config } from '../config.ts';
import { loadDeskArticle } from '../desk/article-rows.ts';
import { loadPreviewSnapshot, previewArticle } from '../desk/preview.ts';
import { checkShareToken, type ShareCheck } from '../desk/share-links.ts';
import { STATUS_LABELS } from '../desk/workflow.ts';
import type { Article } from '../content/types.ts';
import { getDb } from '../db/connection.ts';
import { signingSecret } from './internal.ts';

/** Previews are per person and never cached: these read straight from the database. */

export interface Preview {
  article: Article;
  statusLabel: string;
  articleId: number;
}

export async function getSnapshotPreview(snapshotId: string, userId: string): Promise<Preview | null> {
  const db = getDb();
  const snapshot = await loadPreviewSnapshot(db, snapshotId, userId).catch(() => null);
  if (!snapshot) return null;
  const stored = await loadDeskArticle(db, snapshot.articleId);
  if (!stored) return null;
  return {
    article: await previewArticle(db, stored, snapshot.fields, config().comments.defaultMode),
    statusLabel: STATUS_LABELS[stored.status],
    articleId: stored.id,
  };
}

export async function getSharedPreview(token: string): Promise<(Preview & { expiresAt: string }) | Extract<ShareCheck, { ok: false }>> {
  const db = getDb();
  const check = await checkShareToken(db, signingSecret(), token);
  if (!check.ok) return check;
  const stored = await loadDeskArticle(db, check.articleId);
  if (!stored) return { ok: false, reason: 'invalid' };
  return {
    article: await previewArticle(db, stored, stored.fields, config().comments.defaultMode),
    statusLabel: STATUS_LABELS[stored.status],
    articleId: stored.id,
    expiresAt: check.expiresAt,
  };
}
