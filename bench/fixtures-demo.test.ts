import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listComments } from '../lib/comments/service.ts';
import type { CommentSettings } from '../lib/config.ts';
import { createDb } from '../lib/db/connection.ts';
import { migrateToLatest } from '../lib/db/migrate.ts';
import { seedDemo } from '../lib/seed/seed.ts';
import type { BenchFixtures } from './dataset-contract.ts';
import { demoFixtures } from './fixtures-demo.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-demo-fixtures-'));
const url = `file:${path.join(dir, 'demo.db')}`;
let fixtures: BenchFixtures;

beforeAll(async () => {
  const db = createDb(url);
  await migrateToLatest(db);
  await seedDemo(db);
  await db.destroy();
  fixtures = await demoFixtures(url);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('names a long public article with a hero, distinct from the thread and the comment target', async () => {
  const db = createDb(url);
  try {
    const slug = fixtures.articlePath.split('/')[2]!;
    const article = await db.selectFrom('articles').selectAll().where('slug', '=', slug).executeTakeFirstOrThrow();
    expect(article).toMatchObject({ status: 'published', visibility: 'public' });
    expect(article.hero_media_id).not.toBeNull();
    expect(new Set([article.id, fixtures.largeThread.articleId, fixtures.commentTarget.articleId]).size).toBe(3);
  } finally {
    await db.destroy();
  }
});

it('gives a thread with a second page, through the same service the API uses', async () => {
  const db = createDb(url);
  try {
    const settings: CommentSettings = { defaultMode: 'open', pageSize: 20, maxLength: 2500, editWindowMinutes: 15, trustedAfter: 0, ratePerMinute: 5, bannedWords: [], suspectWords: [] };
    const page1 = await listComments(db, fixtures.largeThread.articleId, { sort: 'newest' }, null, settings);
    expect(page1.nextCursor).not.toBeNull();
    expect(fixtures.largeThread.comments).toBe(page1.total);
  } finally {
    await db.destroy();
  }
});

it('leaves every other published article for first renders, each path once', () => {
  expect(fixtures.firstRenderPaths.length).toBeGreaterThan(25);
  expect(new Set(fixtures.firstRenderPaths).size).toBe(fixtures.firstRenderPaths.length);
  for (const used of [fixtures.articlePath, fixtures.largeThread.path, fixtures.commentTarget.path]) expect(fixtures.firstRenderPaths).not.toContain(used);
  expect(fixtures.sectionPath).toMatch(/^\/[a-z-]+$/);
});
