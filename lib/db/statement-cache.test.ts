import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { withStatementCache } from './engine.ts';

const dirs: string[] = [];
const databases: Database.Database[] = [];
function open() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stmt-cache-'));
  dirs.push(dir);
  const db = new Database(path.join(dir, 'test.db'));
  databases.push(db);
  db.exec('create table t (n integer); insert into t values (1), (2), (3);');
  return db;
}
afterEach(() => {
  for (const db of databases.splice(0)) db.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('prepared-statement cache for SQLite', () => {
  it('hands out the same prepared statement for the same SQL, and it still runs with new parameters', () => {
    const cached = withStatementCache(open());
    const a = cached.prepare('select n from t where n > ? order by n');
    const b = cached.prepare('select n from t where n > ? order by n');
    expect(b).toBe(a);
    expect(b.all([1])).toEqual([{ n: 2 }, { n: 3 }]);
    expect(a.all([2])).toEqual([{ n: 3 }]);
  });

  it('drops the least recently used statement past its size', () => {
    const cached = withStatementCache(open(), 2);
    const first = cached.prepare('select 1 as x');
    const second = cached.prepare('select 2 as x');
    cached.prepare('select 1 as x'); // used again: now the second is the oldest
    cached.prepare('select 3 as x');
    expect(cached.prepare('select 1 as x')).toBe(first);
    expect(cached.prepare('select 2 as x')).not.toBe(second);
  });

  it('never hands out a statement that is still iterating', () => {
    const cached = withStatementCache(open());
    const query = 'select n from t order by n';
    const iterator = cached.prepare(query).iterate([]);
    expect(iterator.next().value).toEqual({ n: 1 });
    // The first statement is busy until its iterator finishes: a second use gets its own.
    expect(cached.prepare(query).all([])).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect([...iterator]).toEqual([{ n: 2 }, { n: 3 }]);
  });

  it('sees schema changes made after a statement was cached', () => {
    const db = open();
    const cached = withStatementCache(db);
    expect(cached.prepare('select * from t limit 1').all([])).toEqual([{ n: 1 }]);
    db.exec('alter table t add column label text');
    expect(cached.prepare('select * from t limit 1').all([])).toEqual([{ n: 1, label: null }]);
  });
});
