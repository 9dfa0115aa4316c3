import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompiledQuery } from 'kysely';
import { createSqliteTestDb, type TestDatabase } from '../testing/databases.ts';
import { listPageQuery } from './articles.ts';
import { teaserQuery, isPublic } from './teasers.ts';

/**
 * Public lists must be served from indexes in date order, never by sorting every row:
 * these read SQLite's plan for the list queries (on an empty database; plans come from the schema).
 */
describe('list queries use their indexes [sqlite]', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createSqliteTestDb();
  });
  afterAll(async () => {
    await test.drop();
  });

  async function plan(query: { compile(): CompiledQuery }) {
    const compiled = query.compile();
    const result = await test.db.executeQuery<{ detail: string }>({ ...compiled, sql: `explain query plan ${compiled.sql}` });
    return result.rows.map((r) => r.detail).join('\n');
  }

  it('section pages walk the (section, status, published_at) index', async () => {
    const detail = await plan(listPageQuery(test.db, { sectionSlug: 'news' }, 3, 12, new Date().toISOString()));
    expect(detail).toContain('USING INDEX articles_section_status_published');
    expect(detail).not.toContain('TEMP B-TREE');
  });

  it('the latest list walks the (status, published_at) index', async () => {
    const now = new Date().toISOString();
    const detail = await plan(teaserQuery(test.db).where(isPublic(now)).orderBy('a.published_at', 'desc').limit(10));
    expect(detail).toContain('USING INDEX articles_status_published');
    expect(detail).not.toContain('TEMP B-TREE');
  });

  it('author pages walk the date index and probe authorship by key', async () => {
    const detail = await plan(listPageQuery(test.db, { authorSlug: 'someone' }, 1, 12, new Date().toISOString()));
    expect(detail).toContain('USING INDEX articles_status_published');
    expect(detail).not.toContain('SCAN');
  });
});
