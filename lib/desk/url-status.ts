import { articleUrl, isPublic } from '../content/teasers.ts';
import { nowIso } from '../content/time.ts';
import type { DB } from '../db/connection.ts';

/**
 * What the proxy answers before any page renders: old slugs of public articles move (301) to the
 * current URL, unpublished articles are gone (410). Keyed by slug (slugs are unique site-wide).
 */
export interface UrlStatus {
  moved: Record<string, string>;
  gone: string[];
}

export async function loadUrlStatus(db: DB, now = nowIso()): Promise<UrlStatus> {
  const [moved, gone] = await Promise.all([
    db
      .selectFrom('article_slug_history as h')
      .innerJoin('articles as a', 'a.id', 'h.article_id')
      .innerJoin('sections as s', 's.id', 'a.section_id')
      .select(['h.slug as old_slug', 'a.slug', 's.slug as section_slug', 'a.status'])
      .where((eb) => eb.or([isPublic(now), eb('a.status', '=', 'unpublished')]))
      .execute(),
    db.selectFrom('articles as a').select('a.slug').where('a.status', '=', 'unpublished').execute(),
  ]);
  return {
    // An old slug of an article that was later unpublished is gone too.
    moved: Object.fromEntries(moved.filter((m) => m.status !== 'unpublished').map((m) => [m.old_slug, articleUrl(m.section_slug, m.slug)])),
    gone: [...gone.map((g) => g.slug), ...moved.filter((m) => m.status === 'unpublished').map((m) => m.old_slug)],
  };
}
