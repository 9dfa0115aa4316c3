import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDb, type DB } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { Engine } from '../db/engine.ts';

/**
 * Fresh, migrated databases for integration tests: a temporary SQLite file, and a PostgreSQL
 * database created for the test file and dropped after it. Never a mock.
 */
export interface TestDatabase {
  engine: Engine;
  db: DB;
  drop(): Promise<void>;
}

const PG_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export async function createSqliteTestDb(): Promise<TestDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-test-'));
  const db = createDb(`file:${path.join(dir, 'test.db')}`);
  await migrateToLatest(db);
  return {
    engine: 'sqlite',
    db,
    async drop() {
      await db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function createPostgresTestDb(): Promise<TestDatabase> {
  const name = `news_test_${Date.now()}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  const db = createDb(url.toString());
  await migrateToLatest(db);
  return {
    engine: 'postgres',
    db,
    async drop() {
      await db.destroy();
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      try {
        await c.query(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** Is PostgreSQL reachable? Outside CI its tests are skipped (with a printed reason) when it is not. */
export async function postgresAvailable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    if (process.env.REQUIRE_POSTGRES) {
      throw new Error(`REQUIRE_POSTGRES is set but PostgreSQL at ${PG_ADMIN_URL} is not reachable`);
    }
    console.warn(`Skipping PostgreSQL integration tests: no server at ${PG_ADMIN_URL} (set TEST_POSTGRES_URL).`);
    return false;
  }
}

export const engines: { engine: Engine; create: () => Promise<TestDatabase> }[] = [
  { engine: 'sqlite', create: createSqliteTestDb },
  { engine: 'postgres', create: createPostgresTestDb },
];
