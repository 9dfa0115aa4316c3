import { parseBody } from '../content/blocks.ts';
import { articleUrl } from '../content/teasers.ts';
import { toIso } from '../content/time.ts';
import type { DB } from '../db/connection.ts';
import type { ArticleStatus } from '../db/schema.ts';
import type { ArticleFields } from './fields.ts';

/** Reading an article as the desk edits it: its fields (lib/desk/fields.ts) plus workflow state. */

export interface MediaPreview {
  src: string;
  width: number;
  height: number;
  alt: string;
}

export interface DeskArticle {
  id: number;
  status: ArticleStatus;
  version: number;
  fields: ArticleFields;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
  externalId: string | null;
  /** The public path (valid once published). */
  url: string;
  /** Images the fields refer to (hero and body), by media id, for the editor's previews. */
  media: Record<number, MediaPreview>;
}

/** Who an article's change concerns publicly: what cache tags it was and is listed under. */
export interface Footprint {
  id: number;
  slug: string;
  sectionSlug: string;
  tagSlugs: string[];
  authorSlugs: string[];
  status: ArticleStatus;
  publishedAt: string | null;
}

type Executor = DB;

export async function loadDeskArticle(db: Executor, id: number): Promise<DeskArticle | null> {
  const row = await db
    .selectFrom('articles as a')
    .innerJoin('sections as s', 's.id', 'a.section_id')
    .selectAll('a')
    .select(['s.slug as section_slug'])
    .where('a.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const [authors, tags] = await Promise.all([
    db
      .selectFrom('article_authors as aa')
      .innerJoin('authors as au', 'au.id', 'aa.author_id')
      .select('au.slug')
      .where('aa.article_id', '=', id)
      .orderBy('aa.position')
      .execute(),
    db
      .selectFrom('article_tags as at')
      .innerJoin('tags as t', 't.id', 'at.tag_id')
      .select('t.name')
      .where('at.article_id', '=', id)
      .orderBy('t.name')
      .execute(),
  ]);
  const body = parseBody(row.body);
  const fields: ArticleFields = {
    headline: row.headline,
    kicker: row.kicker,
    standfirst: row.standfirst,
    slug: row.slug,
    section: row.section_slug,
    tags: tags.map((t) => t.name),
    authors: authors.map((a) => a.slug),
    body,
    hero:
      row.hero_media_id == null
        ? null
        : { mediaId: row.hero_media_id, alt: row.hero_alt ?? '', caption: row.hero_caption, credit: row.hero_credit },
    visibility: row.visibility,
    commentsMode: row.comments_mode,
    seoTitle: row.seo_title,
    seoDescription: row.seo_description,
  };
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    fields,
    publishedAt: row.published_at == null ? null : toIso(row.published_at),
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
    createdBy: row.created_by,
    externalId: row.external_id,
    url: articleUrl(row.section_slug, row.slug),
    media: await mediaPreviews(db, fields),
  };
}

export async function mediaPreviews(db: Executor, fields: Pick<ArticleFields, 'hero' | 'body'>): Promise<Record<number, MediaPreview>> {
  const ids = [
    ...new Set([...(fields.hero ? [fields.hero.mediaId] : []), ...fields.body.flatMap((b) => (b.type === 'image' ? [b.mediaId] : []))]),
  ];
  if (ids.length === 0) return {};
  const rows = await db.selectFrom('media').select(['id', 'src', 'width', 'height', 'alt']).where('id', 'in', ids).execute();
  return Object.fromEntries(rows.map((m) => [m.id, { src: m.src, width: m.width, height: m.height, alt: m.alt }]));
}

export async function loadFootprint(db: Executor, id: number): Promise<Footprint | null> {
  const row = await db
    .selectFrom('articles as a')
    .innerJoin('sections as s', 's.id', 'a.section_id')
    .select(['a.id', 'a.slug', 'a.status', 'a.published_at', 's.slug as section_slug'])
    .where('a.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const [authors, tags] = await Promise.all([
    db.selectFrom('article_authors as aa').innerJoin('authors as au', 'au.id', 'aa.author_id').select('au.slug').where('aa.article_id', '=', id).execute(),
    db.selectFrom('article_tags as at').innerJoin('tags as t', 't.id', 'at.tag_id').select('t.slug').where('at.article_id', '=', id).execute(),
  ]);
  return {
    id: row.id,
    slug: row.slug,
    sectionSlug: row.section_slug,
    tagSlugs: tags.map((t) => t.slug),
    authorSlugs: authors.map((a) => a.slug),
    status: row.status,
    publishedAt: row.published_at == null ? null : toIso(row.published_at),
  };
}
