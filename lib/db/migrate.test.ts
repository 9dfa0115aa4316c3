import { sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { expect, it } from 'vitest';
import { createPostgresTestDb, createSqliteTestDb } from '../testing/databases.ts';
import { postgresAvailable } from '../testing/databases.ts';
import type { DB } from './connection.ts';
import { migrateToLatest, migrations } from './migrate.ts';

/**
 * 003 rebuilds the articles table on SQLite to widen its status check. Articles written before it
 * must keep their rows, their links to authors and comments, and their cascading deletes.
 */
async function upgradeFrom002(db: DB) {
  // Start over at 002 on this fresh database.
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations(db) } });
  const down = await migrator.migrateTo('002_reader_participation');
  if (down.error) throw down.error;
  const now = new Date().toISOString();
  const { id: sectionId } = await db.insertInto('sections').values({ slug: 's', name: 'S', description: '', position: 0 }).returning('id').executeTakeFirstOrThrow();
  const { id: authorId } = await db.insertInto('authors').values({ slug: 'a', name: 'A', role: '', bio: '', avatar_media_id: null }).returning('id').executeTakeFirstOrThrow();
  const { id } = await sql<{ id: number }>`insert into articles (slug, section_id, headline, body, status, visibility, published_at, created_at, updated_at)
    values ('old-story', ${sectionId}, 'Old story', '[]', 'published', 'public', ${now}, ${now}, ${now}) returning id`
    .execute(db)
    .then((r) => r.rows[0]!);
  await db.insertInto('article_authors').values({ article_id: id, author_id: authorId, position: 0 }).execute();
  await db.insertInto('comments').values({ article_id: id, parent_id: null, author_name: 'R', body: 'Hi', status: 'approved', created_at: now, updated_at: now }).execute();

  await migrateToLatest(db);

  const article = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  expect(article).toMatchObject({ slug: 'old-story', status: 'published', version: 1 });
  expect(await db.selectFrom('article_authors').selectAll().where('article_id', '=', id).execute()).toHaveLength(1);
  expect(await db.selectFrom('comments').selectAll().where('article_id', '=', id).execute()).toHaveLength(1);
  await db.updateTable('articles').set({ status: 'review' }).where('id', '=', id).execute();
  await expect(db.updateTable('articles').set({ status: 'bogus' as never }).where('id', '=', id).execute()).rejects.toThrow();
  await db.deleteFrom('articles').where('id', '=', id).execute();
  expect(await db.selectFrom('comments').selectAll().where('article_id', '=', id).execute()).toHaveLength(0);
}

it('keeps existing articles and their links through the desk migration [sqlite]', async () => {
  const test = await createSqliteTestDb();
  try {
    await upgradeFrom002(test.db);
  } finally {
    await test.drop();
  }
});

it.skipIf(!(await postgresAvailable()))('keeps existing articles and their links through the desk migration [postgres]', async () => {
  const test = await createPostgresTestDb();
  try {
    await upgradeFrom002(test.db);
  } finally {
    await test.drop();
  }
});
