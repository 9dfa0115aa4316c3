import type { Block } from '../content/blocks.ts';
import type { DB } from '../db/connection.ts';
import type { ArticleStatus, CommentsMode, Visibility } from '../db/schema.ts';

/** Small builders for integration tests: each inserts one row with sensible defaults. */

let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}`;
const HOUR = 3_600_000;
export const hoursAgo = (h: number, now = Date.now()) => new Date(now - h * HOUR).toISOString();

export async function makeSection(db: DB, slug = unique('section'), position = 0) {
  return db
    .insertInto('sections')
    .values({ slug, name: slug.toUpperCase(), description: `About ${slug}`, position })
    .returning(['id', 'slug'])
    .executeTakeFirstOrThrow();
}

export async function makeAuthor(db: DB, slug = unique('author')) {
  return db
    .insertInto('authors')
    .values({ slug, name: `Author ${slug}`, role: 'Reporter', bio: 'Writes things.', avatar_media_id: null })
    .returning(['id', 'slug'])
    .executeTakeFirstOrThrow();
}

export async function makeTag(db: DB, slug = unique('tag')) {
  return db.insertInto('tags').values({ slug, name: slug }).returning(['id', 'slug']).executeTakeFirstOrThrow();
}

export async function makeMedia(db: DB, src = `/media/${unique('img')}.jpg`) {
  return db
    .insertInto('media')
    .values({ src, width: 1600, height: 900, mime: 'image/jpeg', alt: 'An image', credit: 'Credit', created_at: hoursAgo(100) })
    .returning(['id', 'src'])
    .executeTakeFirstOrThrow();
}

export interface ArticleInput {
  sectionId: number;
  slug?: string;
  headline?: string;
  status?: ArticleStatus;
  visibility?: Visibility;
  /** Null follows the site default. */
  commentsMode?: CommentsMode | null;
  publishedAt?: string | null;
  body?: Block[];
  heroMediaId?: number | null;
  kicker?: string | null;
  standfirst?: string | null;
  authorIds?: number[];
  tagIds?: number[];
}

export async function makeArticle(db: DB, input: ArticleInput) {
  const publishedAt = input.publishedAt === undefined ? hoursAgo(1) : input.publishedAt;
  const slug = input.slug ?? unique('story');
  const { id } = await db
    .insertInto('articles')
    .values({
      slug,
      section_id: input.sectionId,
      kicker: input.kicker === undefined ? 'Kicker' : input.kicker,
      headline: input.headline ?? `Headline ${slug}`,
      standfirst: input.standfirst === undefined ? 'A standfirst.' : input.standfirst,
      body: JSON.stringify(input.body ?? [{ type: 'paragraph', content: [{ text: 'Body text.' }] }]),
      hero_media_id: input.heroMediaId ?? null,
      hero_alt: null,
      hero_caption: null,
      status: input.status ?? 'published',
      visibility: input.visibility ?? 'public',
      comments_mode: input.commentsMode === undefined ? 'open' : input.commentsMode,
      published_at: publishedAt,
      created_at: hoursAgo(200),
      updated_at: publishedAt ?? hoursAgo(200),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [position, authorId] of (input.authorIds ?? []).entries()) {
    await db.insertInto('article_authors').values({ article_id: id, author_id: authorId, position }).execute();
  }
  for (const tagId of input.tagIds ?? []) {
    await db.insertInto('article_tags').values({ article_id: id, tag_id: tagId }).execute();
  }
  return { id, slug };
}

export async function makeComment(
  db: DB,
  input: { articleId: number; parentId?: number | null; status?: 'approved' | 'pending' | 'rejected' | 'deleted'; createdAt?: string; body?: string },
) {
  const createdAt = input.createdAt ?? new Date().toISOString();
  return db
    .insertInto('comments')
    .values({
      article_id: input.articleId,
      parent_id: input.parentId ?? null,
      author_name: 'Reader',
      body: input.body ?? 'A comment.',
      status: input.status ?? 'approved',
      created_at: createdAt,
      updated_at: createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}
