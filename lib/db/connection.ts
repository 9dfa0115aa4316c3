import { Kysely } from 'kysely';
import { config } from '../config.ts';
import { createDialect, engineOf, type Engine } from './engine.ts';
import type { Database } from './schema.ts';

export type DB = Kysely<Database>;

export function createDb(databaseUrl: string): DB {
  return new Kysely<Database>({ dialect: createDialect(databaseUrl) });
}

const globalForDb = globalThis as unknown as { __newsDb?: { url: string; db: DB } };

/** The process-wide connection for the configured DATABASE_URL (kept across dev reloads). */
export function getDb(): DB {
  const url = config().databaseUrl;
  if (globalForDb.__newsDb?.url !== url) {
    globalForDb.__newsDb = { url, db: createDb(url) };
  }
  return globalForDb.__newsDb.db;
}

export function currentEngine(): Engine {
  return engineOf(config().databaseUrl);
}
