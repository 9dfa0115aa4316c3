import { z } from 'zod';
import type { DB } from '../db/connection.ts';
import { invalid, notFound } from './errors.ts';
import { ROLES, type Role } from './roles.ts';
import { SLUG_PATTERN } from './slug.ts';

/** Admin work: who is on the staff, and the site's sections. */

export async function listStaff(db: DB) {
  return db.selectFrom('user').select(['id', 'name', 'email', 'role']).where('role', '!=', 'reader').orderBy('name').execute();
}

export const roleChangeSchema = z.object({ email: z.string().trim().toLowerCase().email({ message: 'enter an email address' }), role: z.enum(ROLES) });

export async function setRole(db: DB, input: z.infer<typeof roleChangeSchema>, actingUserId: string): Promise<{ email: string; role: Role }> {
  const user = await db.selectFrom('user').select(['id', 'role']).where('email', '=', input.email).executeTakeFirst();
  if (!user) throw invalid('email', 'no account uses this address; the person must sign up first');
  if (user.id === actingUserId && input.role !== 'admin') throw invalid('role', 'you cannot remove your own admin role');
  await db.updateTable('user').set({ role: input.role }).where('id', '=', user.id).execute();
  return { email: input.email, role: input.role };
}

export const sectionSchema = z.object({
  slug: z.string().trim().regex(SLUG_PATTERN, { message: 'use lower-case letters, digits and single hyphens' }).max(40),
  name: z.string().trim().min(1, { message: 'a name is required' }).max(60),
  description: z.string().trim().max(300).default(''),
  position: z.number().int().min(0).max(1000).default(0),
});

/** Reserved first path segments: a section there would shadow a site route. */
const RESERVED = new Set(['api', 'desk', 'account', 'tag', 'author', 'edition', 'preview', 'media', 'demo', 'gone', 'search', 'feeds', 'sitemaps', 'moderation', '_next']);

export async function createSection(db: DB, input: z.infer<typeof sectionSchema>) {
  if (RESERVED.has(input.slug)) throw invalid('slug', `“${input.slug}” is used by the site itself`);
  const taken = await db.selectFrom('sections').select('id').where('slug', '=', input.slug).executeTakeFirst();
  if (taken) throw invalid('slug', 'another section uses this slug');
  return db.insertInto('sections').values(input).returning(['id', 'slug']).executeTakeFirstOrThrow();
}

/** Renames or reorders a section; its slug stays (changing it would break every article URL in it). */
export async function updateSection(db: DB, slug: string, input: Omit<z.infer<typeof sectionSchema>, 'slug'>) {
  const result = await db.updateTable('sections').set(input).where('slug', '=', slug).executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw notFound('section');
}
