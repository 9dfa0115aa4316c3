import type { DB } from '../db/connection.ts';
import { isPublic } from './teasers.ts';
import { nowIso } from './time.ts';

/** What the generated share image of an article shows. */
export interface ShareCard {
  headline: string;
  kicker: string | null;
  sectionName: string;
}

/** The share card of a published article by id; null for unknown ids and articles readers may not see. */
export async function getShareCard(db: DB, articleId: number, now = nowIso()): Promise<ShareCard | null> {
  const row = await db
    .selectFrom('articles as a')
    .innerJoin('sections as s', 's.id', 'a.section_id')
    .select(['a.headline', 'a.kicker', 's.name as sectionName'])
    .where('a.id', '=', articleId)
    .where(isPublic(now))
    .executeTakeFirst();
  return row ?? null;
}
