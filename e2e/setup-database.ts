import fs from 'node:fs';
import { getDb } from '../lib/db/connection.ts';
import { engineOf, sqlitePath } from '../lib/db/engine.ts';
import { migrateToLatest } from '../lib/db/migrate.ts';
import { seedDemo } from '../lib/seed/seed.ts';

/**
 * Before the e2e server starts: a fresh database with the demo content.
 * Refuses anything but a local one, since it deletes what is there.
 */
const url = process.env.DATABASE_URL ?? '';
const local =
  (engineOf(url) === 'sqlite' && sqlitePath(url).startsWith(process.cwd())) ||
  /^postgres(ql)?:\/\/[^@]*@?(localhost|127\.0\.0\.1)(:\d+)?\/[\w-]*e2e[\w-]*$/.test(url);
if (!local) {
  console.error(`Refusing to reset ${url || '(no DATABASE_URL)'}: e2e tests only run on a local database made for them.`);
  process.exit(1);
}
if (engineOf(url) === 'sqlite') {
  const file = sqlitePath(url);
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
}
fs.rmSync('.e2e/media', { recursive: true, force: true });
const db = getDb();
await migrateToLatest(db);
const result = await seedDemo(db, { force: true });
console.log(`e2e database ready: ${result.published} published articles, ${result.comments} comments`);
await db.destroy();
