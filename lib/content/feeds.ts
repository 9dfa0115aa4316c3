import type { DB } from '../db/connection.ts';
import { listPageQuery, type ListFilter } from './articles.ts';
import { parseBody, type Block } from './blocks.ts';
import { isPublic, teaserQuery, toTeaser } from './teasers.ts';
import { nowIso, toIso } from './time.ts';
import type { AuthorRef, ImageRef, TagRef, Teaser } from './types.ts';

/** Items per feed: the newest 50 (readers poll; older stories are on the site). */
export const FEED_SIZE = 50;

export interface FeedItem extends Teaser {
  updatedAt: string;
  authors: AuthorRef[];
  tags: TagRef[];
  /**
   * The whole body and the media its image blocks use, for public articles. Null for members-only
   * articles: their item carries the standfirst only, and the body is never even read for the feed.
   */
  content: { body: Block[]; media: Record<number, ImageRef> } | null;
  /** The hero file's type and size (for an RSS enclosure); size is null for images stored before sizes were kept. */
  heroFile: { mime: string; byteSize: number | null } | null;
}

/**
 * The newest published articles of the whole site (filter null) or of one section, tag or author,
 * with what a feed item shows. Four queries whatever the size: items, then authors, tags and body media for all of them.
 */
export async function listFeedItems(db: DB, filter: ListFilter | null, limit = FEED_SIZE, now = nowIso()): Promise<FeedItem[]> {
  const base = filter
    ? listPageQuery(db, filter, 1, limit, now)
    : teaserQuery(db).where(isPublic(now)).orderBy('a.published_at', 'desc').orderBy('a.id', 'desc').limit(limit);
  const rows = await base.select(['a.body', 'a.updated_at', 'm.mime as hero_mime', 'm.byte_size as hero_byte_size']).execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);

  const bodies = new Map<number, Block[]>();
  for (const row of rows) {
    if (row.visibility !== 'public') continue;
    try {
      bodies.set(row.id, parseBody(row.body));
    } catch (error) {
      throw new Error(`Article ${row.id} (${row.slug}) has a body that does not match the block schema`, { cause: error });
    }
  }
  const mediaIds = [...new Set([...bodies.values()].flat().flatMap((b) => (b.type === 'image' ? [b.mediaId] : [])))];

  const [authorRows, tagRows, mediaRows] = await Promise.all([
    db
      .selectFrom('article_authors as aa')
      .innerJoin('authors as au', 'au.id', 'aa.author_id')
      .select(['aa.article_id', 'au.slug', 'au.name', 'au.role'])
      .where('aa.article_id', 'in', ids)
      .orderBy('aa.article_id')
      .orderBy('aa.position')
      .execute(),
    db
      .selectFrom('article_tags as at')
      .innerJoin('tags as t', 't.id', 'at.tag_id')
      .select(['at.article_id', 't.slug', 't.name'])
      .where('at.article_id', 'in', ids)
      .orderBy('at.article_id')
      .orderBy('t.name')
      .execute(),
    mediaIds.length === 0
      ? Promise.resolve([])
      : db.selectFrom('media').select(['id', 'src', 'width', 'height', 'alt', 'credit']).where('id', 'in', mediaIds).execute(),
  ]);
  const media: Record<number, ImageRef> = Object.fromEntries(
    mediaRows.map((m) => [m.id, { src: m.src, width: m.width, height: m.height, alt: m.alt, caption: null, credit: m.credit }]),
  );

  return rows.map((row) => {
    const body = bodies.get(row.id);
    const used = body ? Object.fromEntries(body.flatMap((b) => (b.type === 'image' && media[b.mediaId] ? [[b.mediaId, media[b.mediaId]!]] : []))) : {};
    return {
      ...toTeaser(row),
      updatedAt: toIso(row.updated_at),
      authors: authorRows.filter((a) => a.article_id === row.id).map(({ slug, name, role }) => ({ slug, name, role })),
      tags: tagRows.filter((t) => t.article_id === row.id).map(({ slug, name }) => ({ slug, name })),
      content: body ? { body, media: used } : null,
      heroFile: row.hero_mime ? { mime: row.hero_mime, byteSize: row.hero_byte_size } : null,
    };
  });
}
