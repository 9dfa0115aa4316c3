import type { CommentSort } from './contract.ts';
import { CommentError } from './errors.ts';

/**
 * Keyset cursors: the sort value and id of the last comment on a page. New comments inserted
 * meanwhile never shift a page (no offsets), so nothing is skipped or shown twice.
 */
export interface Cursor {
  /** created_at (ISO) for time sorts, recommend_count for "top". */
  value: string | number;
  id: number;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id])).toString('base64url');
}

export function decodeCursor(raw: string, sort: CommentSort): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && Number.isInteger(parsed[1])) {
      const [value, id] = parsed as [unknown, number];
      const safeId = id > 0 && id <= 2_147_483_647;
      if (safeId && sort === 'top' && Number.isSafeInteger(value) && (value as number) >= 0) return { value: value as number, id };
      // Only full ISO timestamps, re-serialised, reach the database.
      if (safeId && sort !== 'top' && typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(value) && !Number.isNaN(Date.parse(value))) {
        return { value: new Date(value).toISOString(), id };
      }
    }
  } catch {
    // fall through to the error below
  }
  throw new CommentError('bad_request', 'That cursor is not valid for this list.', { field: 'cursor' });
}
