import fs from 'node:fs';
import path from 'node:path';
import { PostgresAdapter, PostgresDialect, SqliteDialect, sql, type Dialect, type Kysely, type SqliteDatabase } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3';

/**
 * The one module that knows which database engine is in use.
 * Everything engine-specific (dialects, column types, later full-text search) lives here.
 */
export type Engine = 'sqlite' | 'postgres';

export function engineOf(databaseUrl: string): Engine {
  if (databaseUrl.startsWith('file:')) return 'sqlite';
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return 'postgres';
  throw new Error(`DATABASE_URL must start with file: or postgres://, got "${databaseUrl}"`);
}

export function sqlitePath(databaseUrl: string): string {
  return path.resolve(databaseUrl.slice('file:'.length));
}

/** Dialects open the database lazily, so `next build` runs with no database at all. */
export function createDialect(databaseUrl: string): Dialect {
  if (engineOf(databaseUrl) === 'sqlite') {
    return new SqliteDialect({
      database: async () => {
        const { default: SQLite } = await import('better-sqlite3');
        const file = sqlitePath(databaseUrl);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        const db = new SQLite(file);
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = NORMAL');
        db.pragma('foreign_keys = ON');
        db.pragma('busy_timeout = 5000');
        return withStatementCache(db);
      },
    });
  }
  return new PostgresDialect({
    pool: async () => {
      const { default: pg } = await import('pg');
      // count(*) and bigint come back as strings by default; our counts fit in a JS number.
      pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
      const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
      // An idle connection closed by the server (restart, failover) must not crash the process;
      // the pool replaces it on the next query.
      pool.on('error', (error) => console.warn(`PostgreSQL pool: idle connection lost (${error.message})`));
      return pool;
    },
  });
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * better-sqlite3 behind a cache of prepared statements. Kysely prepares every query it runs, and
 * preparing cost more than running most of ours (about a millisecond of each article render).
 * Least recently used statements are dropped past STATEMENT_CACHE_SIZE; a statement still busy
 * (an unfinished iterate()) is never handed out twice.
 */
export function withStatementCache(db: BetterSqlite3.Database, size = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => db.close(),
    prepare(query: string) {
      const cached = statements.get(query);
      if (cached && !cached.busy) {
        // Map order is insertion order: moving it to the end keeps the oldest first for eviction.
        statements.delete(query);
        statements.set(query, cached);
        return cached;
      }
      const statement = db.prepare(query);
      if (!cached) {
        statements.set(query, statement);
        if (statements.size > size) statements.delete(statements.keys().next().value!);
      }
      return statement;
    },
  };
}

/** Column types that differ between engines, for migrations. */
export function columnTypes(engine: Engine) {
  return {
    /** Times are UTC: ISO-8601 text in SQLite (sorts correctly), timestamptz in PostgreSQL. */
    timestamp: engine === 'sqlite' ? ('text' as const) : ('timestamptz' as const),
    autoId: engine === 'sqlite' ? ('integer' as const) : ('serial' as const),
  };
}

/** Anything that runs queries: a Kysely instance or a transaction. */
type Executes = { getExecutor(): { adapter: unknown } };

export function engineOfDb(db: Executes): Engine {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** A boolean as the engine stores it (SQLite has no boolean type; better-sqlite3 binds 1/0). */
export function dbBoolean(db: Executes, value: boolean): boolean | number {
  return engineOfDb(db) === 'postgres' ? value : value ? 1 : 0;
}

/**
 * Changes a column's CHECK constraint. PostgreSQL alters it in place; SQLite cannot, so the table
 * is rebuilt from its own stored definition (SQLite's documented procedure, foreign keys off meanwhile).
 */
export async function replaceCheckConstraint(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>,
  engine: Engine,
  change: { table: string; column: string; from: string; to: string },
): Promise<void> {
  const { table, column, from, to } = change;
  if (engine === 'postgres') {
    await sql`alter table ${sql.table(table)} drop constraint ${sql.ref(`${table}_${column}_check`)}`.execute(db);
    await sql`alter table ${sql.table(table)} add constraint ${sql.ref(`${table}_${column}_check`)} check (${sql.raw(to)})`.execute(db);
    return;
  }
  const rows = await sql<{ type: string; sql: string }>`
    select type, sql from sqlite_master where tbl_name = ${table} and sql is not null`.execute(db);
  const create = rows.rows.find((r) => r.type === 'table')?.sql;
  if (!create?.includes(from)) throw new Error(`${table}: CHECK (${from}) not found in its definition`);
  const temp = `${table}__rebuild`;
  const createTemp = create.replace(from, to).replace(/^create table\s+("?)[^"\s(]+\1/i, `create table "${temp}"`);
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await sql.raw(createTemp).execute(db);
    await sql`insert into ${sql.table(temp)} select * from ${sql.table(table)}`.execute(db);
    await sql`drop table ${sql.table(table)}`.execute(db);
    await sql`alter table ${sql.table(temp)} rename to ${sql.table(table)}`.execute(db);
    for (const index of rows.rows.filter((r) => r.type === 'index')) await sql.raw(index.sql).execute(db);
    const broken = await sql`pragma foreign_key_check`.execute(db);
    if (broken.rows.length > 0) throw new Error(`${table}: foreign keys broken by the rebuild`);
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}
