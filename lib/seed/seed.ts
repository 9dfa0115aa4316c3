import type { Block } from '../content/blocks.ts';
import { bodySchema } from '../content/blocks.ts';
import { reindexAllArticles } from '../content/search-index.ts';
import type { DB } from '../db/connection.ts';
import { UserFacingError } from '../errors.ts';
import { demoArticles } from './demo/articles/index.ts';
import { demoAuthors } from './demo/authors.ts';
import { demoSections } from './demo/sections.ts';
import { demoTags } from './demo/tags.ts';
import { DEMO_IMAGE_KEYS, type DemoArticle, type DemoBlock, type DemoImageKey } from './demo/types.ts';
import { buildComments, type SeedComment } from './comments.ts';

export class SeedRefusedError extends UserFacingError {}

export interface SeedResult {
  articles: number;
  published: number;
  comments: number;
}

const HOUR = 3_600_000;
const DEMO_CREDIT = 'Illustration: Meridian graphics desk';

/** Whether the content tables already hold articles (the seed refuses to mix demo content into them). */
export async function hasArticles(db: DB): Promise<boolean> {
  return (await db.selectFrom('articles').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/**
 * Loads the demo publication. Dates are relative to `now`, so the demo always looks current.
 * With `force`, existing content is replaced; without it, a database with articles is refused.
 */
export async function seedDemo(db: DB, { now = new Date(), force = false } = {}): Promise<SeedResult> {
  if ((await hasArticles(db)) && !force) {
    throw new SeedRefusedError('The database already has articles; refusing to seed. Pass --force to replace all content.');
  }
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * HOUR).toISOString();

  return db.transaction().execute(async (trx) => {
    if (force) {
      for (const table of ['comments', 'article_tags', 'article_authors', 'articles', 'tags', 'authors', 'sections', 'media'] as const) {
        await trx.deleteFrom(table).execute();
      }
    }
    const created = at(24 * 30);

    const imageIds = new Map<DemoImageKey, number>();
    for (const key of DEMO_IMAGE_KEYS) {
      const { id } = await trx
        .insertInto('media')
        .values({
          src: `/demo/images/${key}.jpg`,
          width: 1600,
          height: 900,
          mime: 'image/jpeg',
          alt: `Illustration: ${key.replace(/-/g, ' ')}`,
          credit: DEMO_CREDIT,
          created_at: created,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      imageIds.set(key, id);
    }

    const sectionIds = new Map<string, number>();
    for (const [position, s] of demoSections.entries()) {
      const { id } = await trx
        .insertInto('sections')
        .values({ slug: s.slug, name: s.name, description: s.description, position })
        .returning('id')
        .executeTakeFirstOrThrow();
      sectionIds.set(s.slug, id);
    }

    const authorIds = new Map<string, number>();
    for (const [i, a] of demoAuthors.entries()) {
      const avatar = await trx
        .insertInto('media')
        .values({
          src: `/demo/avatars/${(i % 8) + 1}.jpg`,
          width: 256,
          height: 256,
          mime: 'image/jpeg',
          alt: a.name,
          credit: DEMO_CREDIT,
          created_at: created,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const { id } = await trx
        .insertInto('authors')
        .values({ slug: a.slug, name: a.name, role: a.role, bio: a.bio, avatar_media_id: avatar.id })
        .returning('id')
        .executeTakeFirstOrThrow();
      authorIds.set(a.slug, id);
    }

    const tagIds = new Map<string, number>();
    for (const t of demoTags) {
      const { id } = await trx.insertInto('tags').values({ slug: t.slug, name: t.name }).returning('id').executeTakeFirstOrThrow();
      tagIds.set(t.slug, id);
    }

    const lookup = <T>(map: Map<string, T>, key: string, what: string, article: string): T => {
      const value = map.get(key);
      if (value === undefined) throw new Error(`Demo article "${article}" names unknown ${what} "${key}"`);
      return value;
    };

    const articleIds = new Map<string, { id: number; publishedAt: string | null; status: DemoArticle['status'] }>();
    for (const a of demoArticles) {
      const publishedAt = a.status === 'draft' ? null : at(a.publishedHoursAgo);
      const body: Block[] = bodySchema.parse(a.body.map((b) => toBlock(b, (key) => lookup(imageIds, key, 'image', a.slug))));
      const { id } = await trx
        .insertInto('articles')
        .values({
          slug: a.slug,
          section_id: lookup(sectionIds, a.section, 'section', a.slug),
          kicker: a.kicker ?? null,
          headline: a.headline,
          standfirst: a.standfirst ?? null,
          body: JSON.stringify(body),
          hero_media_id: a.hero ? lookup(imageIds, a.hero.image, 'image', a.slug) : null,
          hero_alt: a.hero?.alt ?? null,
          hero_caption: a.hero?.caption ?? null,
          status: a.status,
          visibility: a.visibility,
          comments_mode: a.commentsMode,
          published_at: publishedAt,
          created_at: at(Math.max(a.publishedHoursAgo, 0) + 2),
          updated_at: at(a.publishedHoursAgo - (a.updatedHoursAfter ?? 0)),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      articleIds.set(a.slug, { id, publishedAt, status: a.status });
      if (a.authors.length) {
        await trx
          .insertInto('article_authors')
          .values(a.authors.map((slug, position) => ({ article_id: id, author_id: lookup(authorIds, slug, 'author', a.slug), position })))
          .execute();
      }
      if (a.tags.length) {
        await trx
          .insertInto('article_tags')
          .values(a.tags.map((slug) => ({ article_id: id, tag_id: lookup(tagIds, slug, 'tag', a.slug) })))
          .execute();
      }
    }

    const comments = buildComments(articleIds, now);
    await insertComments(trx, comments);
    // Articles were written directly, not through the desk: index them all (this also drops replaced ones).
    await reindexAllArticles(trx);

    return {
      articles: demoArticles.length,
      published: demoArticles.filter((a) => a.status === 'published').length,
      comments: comments.length,
    };
  });
}

function toBlock(block: DemoBlock, imageId: (key: DemoImageKey) => number): Block {
  if (block.type !== 'image') return block;
  const { image, ...rest } = block;
  return { ...rest, mediaId: imageId(image) };
}

/**
 * Inserts comments a thread level at a time (top level, replies, replies to replies), in batches,
 * so every parent has its id before its replies are written.
 */
async function insertComments(trx: DB, comments: SeedComment[]) {
  const ids = new Map<number, number>();
  const depth: number[] = [];
  comments.forEach((c, i) => (depth[i] = c.parentIndex === null ? 0 : (depth[c.parentIndex] ?? 0) + 1));
  const maxDepth = Math.max(0, ...depth);
  const BATCH = 200;
  for (let level = 0; level <= maxDepth; level++) {
    const indexes = comments.map((_, i) => i).filter((i) => depth[i] === level);
    for (let start = 0; start < indexes.length; start += BATCH) {
      const batch = indexes.slice(start, start + BATCH);
      const rows = await trx
        .insertInto('comments')
        .values(
          batch.map((i) => {
            const c = comments[i]!;
            const parentId = c.parentIndex === null ? null : ids.get(c.parentIndex);
            if (parentId === undefined) throw new Error('A demo reply was generated before its parent');
            return {
              article_id: c.articleId,
              parent_id: parentId,
              author_name: c.authorName,
              body: c.body,
              status: c.status,
              recommend_count: c.recommendCount,
              created_at: c.createdAt,
              updated_at: c.createdAt,
            };
          }),
        )
        .returning('id')
        .execute();
      // Ids are assigned in row order within one insert on both engines; RETURNING order itself is not promised.
      const newIds = rows.map((r) => r.id).sort((x, y) => x - y);
      batch.forEach((commentIndex, k) => ids.set(commentIndex, newIds[k]!));
    }
  }
}
