import { parseArgs } from 'node:util';
import { getDb } from '../lib/db/connection.ts';
import { migrateToLatest } from '../lib/db/migrate.ts';
import { hasArticles, seedDemo } from '../lib/seed/seed.ts';
import { runCli } from './cli.ts';

const { values } = parseArgs({
  options: {
    force: { type: 'boolean', default: false },
    'if-empty': { type: 'boolean', default: false },
  },
});

await runCli(async () => {
  const db = getDb();
  await migrateToLatest(db);
  if (values['if-empty'] && (await hasArticles(db))) {
    console.log('The database already has articles; leaving it as it is.');
  } else {
    const started = Date.now();
    const result = await seedDemo(db, { force: values.force });
    console.log(
      `Seeded ${result.articles} articles (${result.published} published) and ${result.comments} comments in ${Date.now() - started} ms.`,
    );
  }
  await db.destroy();
});
