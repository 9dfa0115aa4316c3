import { sql } from 'kysely';
import type { DB } from '../db/connection.ts';
import { toIso } from './time.ts';
import type { ImageRef, Teaser } from './types.ts';

/**
 * The one definition of "readers may see this": published and its time has come.
 * One status value keeps every list an ordered walk of its (status, published_at) index; scheduled
 * articles become 'published' at their time (lib/desk/workflow-service.ts publishDueArticles).
 * For queries that alias articles as `a` (all of ours do).
 */
export function isPublic(now: string) {
  return sql<boolean>`a.status = 'published' and a.published_at <= ${now}`;
}

export function articleUrl(sectionSlug: string, slug: string): string {
  return `/${sectionSlug}/${slug}`;
}

/** Articles joined to their section and hero, with the columns a teaser needs. */
export function teaserQuery(db: DB) {
  return db
    .selectFrom('articles as a')
    .innerJoin('sections as s', 's.id', 'a.section_id')
    .leftJoin('media as m', 'm.id', 'a.hero_media_id')
    .select([
      'a.id',
      'a.slug',
      'a.kicker',
      'a.headline',
      'a.standfirst',
      'a.visibility',
      'a.published_at',
      'a.hero_alt',
      'a.hero_caption',
      'a.hero_credit',
      's.slug as section_slug',
      's.name as section_name',
      'm.src as hero_src',
      'm.width as hero_width',
      'm.height as hero_height',
      'm.alt as hero_default_alt',
      'm.credit as hero_default_credit',
    ])
    .select((eb) =>
      eb
        .selectFrom('comments as cc')
        .select((sub) => sub.fn.countAll<number>().as('n'))
        .whereRef('cc.article_id', '=', 'a.id')
        .where('cc.status', '=', 'approved')
        .as('comment_count'),
    );
}

type Row = Awaited<ReturnType<ReturnType<typeof teaserQuery>['executeTakeFirstOrThrow']>>;

export function heroFromRow(row: Row): ImageRef | null {
  if (row.hero_src == null || row.hero_width == null || row.hero_height == null) return null;
  return {
    src: row.hero_src,
    width: row.hero_width,
    height: row.hero_height,
    alt: row.hero_alt ?? row.hero_default_alt ?? '',
    caption: row.hero_caption,
    credit: row.hero_credit ?? row.hero_default_credit,
  };
}

export function toTeaser(row: Row): Teaser {
  if (row.published_at == null) throw new Error(`Article ${row.id} is listed publicly but has no published_at`);
  return {
    id: row.id,
    slug: row.slug,
    url: articleUrl(row.section_slug, row.slug),
    section: { slug: row.section_slug, name: row.section_name },
    kicker: row.kicker,
    headline: row.headline,
    standfirst: row.standfirst,
    hero: heroFromRow(row),
    visibility: row.visibility,
    publishedAt: toIso(row.published_at),
    commentCount: Number(row.comment_count ?? 0),
  };
}
