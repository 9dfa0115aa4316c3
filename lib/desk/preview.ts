import { randomBytes } from 'node:crypto';
import { bodyText } from '../content/blocks.ts';
import { articleUrl } from '../content/teasers.ts';
import { nowIso } from '../content/time.ts';
import type { Article, CommentsMode, ImageRef } from '../content/types.ts';
import type { DB } from '../db/connection.ts';
import { readingMinutes } from '../format.ts';
import type { DeskArticle } from './article-rows.ts';
import { notFound } from './errors.ts';
import { parseFields } from './save.ts';
import type { ArticleFields } from './fields.ts';
import { slugify } from './slug.ts';

/**
 * Previews render the public article layout from fields that readers cannot see yet:
 * an editor's unsaved form (a short-lived snapshot) or the stored draft (share links).
 */
const SNAPSHOT_TTL_MS = 24 * 3_600_000;

/** Builds the public page's Article from desk fields; unknown references are left out rather than failing. */
export async function previewArticle(
  db: DB,
  article: Pick<DeskArticle, 'id' | 'publishedAt' | 'updatedAt'>,
  fields: ArticleFields,
  defaultCommentsMode: CommentsMode,
): Promise<Article> {
  const section = (await db.selectFrom('sections').select(['slug', 'name']).where('slug', '=', fields.section).executeTakeFirst()) ?? {
    slug: fields.section,
    name: fields.section,
  };
  const authors = fields.authors.length
    ? await db.selectFrom('authors').select(['slug', 'name', 'role']).where('slug', 'in', fields.authors).execute()
    : [];
  const mediaIds = [...new Set([...(fields.hero ? [fields.hero.mediaId] : []), ...fields.body.flatMap((b) => (b.type === 'image' ? [b.mediaId] : []))])];
  const media = mediaIds.length ? await db.selectFrom('media').selectAll().where('id', 'in', mediaIds).execute() : [];
  const image = (id: number): ImageRef | null => {
    const m = media.find((row) => row.id === id);
    return m ? { src: m.src, width: m.width, height: m.height, alt: m.alt, caption: null, credit: m.credit } : null;
  };
  const heroImage = fields.hero ? image(fields.hero.mediaId) : null;
  const slug = fields.slug || slugify(fields.headline);
  return {
    id: article.id,
    slug,
    url: articleUrl(section.slug, slug),
    section,
    kicker: fields.kicker,
    headline: fields.headline,
    standfirst: fields.standfirst,
    hero:
      heroImage && fields.hero
        ? { ...heroImage, alt: fields.hero.alt, caption: fields.hero.caption, credit: fields.hero.credit ?? heroImage.credit }
        : null,
    visibility: fields.visibility,
    publishedAt: article.publishedAt ?? nowIso(),
    commentCount: 0,
    body: fields.body,
    bodyMedia: Object.fromEntries(mediaIds.flatMap((id) => (image(id) ? [[id, image(id)!]] : []))),
    authors: fields.authors.flatMap((s) => authors.filter((a) => a.slug === s)),
    tags: fields.tags.map((name) => ({ slug: slugify(name), name })),
    updatedAt: article.updatedAt,
    commentsMode: fields.commentsMode ?? defaultCommentsMode,
    readingMinutes: readingMinutes(bodyText(fields.body)),
    gated: false,
    seoTitle: fields.seoTitle,
    seoDescription: fields.seoDescription,
  };
}

/** Stores an editor's unsaved fields for "Preview"; only that editor can open it. */
export async function savePreviewSnapshot(db: DB, articleId: number, userId: string, input: unknown): Promise<string> {
  const fields = parseFields(input);
  const id = randomBytes(18).toString('base64url');
  await db.deleteFrom('preview_snapshots').where('created_at', '<', new Date(Date.now() - SNAPSHOT_TTL_MS).toISOString()).execute();
  await db
    .insertInto('preview_snapshots')
    .values({ id, article_id: articleId, user_id: userId, snapshot: JSON.stringify(fields), created_at: nowIso() })
    .execute();
  return id;
}

export async function loadPreviewSnapshot(db: DB, id: string, userId: string): Promise<{ articleId: number; fields: ArticleFields }> {
  const row = await db
    .selectFrom('preview_snapshots')
    .selectAll()
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('created_at', '>=', new Date(Date.now() - SNAPSHOT_TTL_MS).toISOString())
    .executeTakeFirst();
  if (!row) throw notFound('preview');
  return { articleId: row.article_id, fields: parseFields(JSON.parse(row.snapshot)) };
}
