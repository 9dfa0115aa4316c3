import type { DB } from '../db/connection.ts';
import type { Author, Section, TagRef } from './types.ts';

export async function listSections(db: DB): Promise<Section[]> {
  return db.selectFrom('sections').select(['slug', 'name', 'description']).orderBy('position').orderBy('name').execute();
}

export async function getSection(db: DB, slug: string): Promise<Section | null> {
  return (await db.selectFrom('sections').select(['slug', 'name', 'description']).where('slug', '=', slug).executeTakeFirst()) ?? null;
}

export async function getTag(db: DB, slug: string): Promise<TagRef | null> {
  return (await db.selectFrom('tags').select(['slug', 'name']).where('slug', '=', slug).executeTakeFirst()) ?? null;
}

export async function getAuthor(db: DB, slug: string): Promise<Author | null> {
  const row = await db
    .selectFrom('authors as au')
    .leftJoin('media as m', 'm.id', 'au.avatar_media_id')
    .select(['au.slug', 'au.name', 'au.role', 'au.bio', 'm.src', 'm.width', 'm.height'])
    .where('au.slug', '=', slug)
    .executeTakeFirst();
  if (!row) return null;
  const avatar =
    row.src != null && row.width != null && row.height != null
      ? { src: row.src, width: row.width, height: row.height, alt: row.name, caption: null, credit: null }
      : null;
  return { slug: row.slug, name: row.name, role: row.role, bio: row.bio, avatar };
}
