import 'server-only';
import { listQueue, type QueueFilter } from '../comments/moderation.ts';
import { getDb } from '../db/connection.ts';

/** The moderation queue is per-request and never cached: it changes with every decision. */
export function getModerationQueue(filter: QueueFilter) {
  return listQueue(getDb(), filter);
}
