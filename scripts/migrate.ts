import { config } from '../lib/config.ts';
import { getDb } from '../lib/db/connection.ts';
import { migrateToLatest } from '../lib/db/migrate.ts';
import { runCli } from './cli.ts';

await runCli(async () => {
  const { databaseUrl } = config();
  const db = getDb();
  const { applied } = await migrateToLatest(db);
  console.log(applied.length ? `Applied ${applied.join(', ')} to ${redact(databaseUrl)}` : `${redact(databaseUrl)} is up to date`);
  await db.destroy();
});

function redact(url: string) {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}
