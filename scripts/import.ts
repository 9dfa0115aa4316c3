import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CommentError } from '../lib/comments/errors.ts';
import { config } from '../lib/config.ts';
import { getDb } from '../lib/db/connection.ts';
import { migrateToLatest } from '../lib/db/migrate.ts';
import { UserFacingError } from '../lib/errors.ts';
import { IMPORT_ACTOR, ingestArticle } from '../lib/ingest/ingest.ts';
import { LocalDirectoryStorage } from '../lib/media/storage.ts';
import { runCli } from './cli.ts';

/**
 * npm run import -- articles.json
 * The file holds one article object or an array of them, in the ingest API's JSON (README "Ingest API").
 * Each goes through the same path as POST /api/v1/articles; a bad one is reported and skipped.
 */
const { positionals } = parseArgs({ allowPositionals: true, options: {} });

await runCli(async () => {
  if (positionals.length !== 1) throw new UserFacingError('Usage: npm run import -- <file.json>');
  // npm runs scripts from the package root; a relative path means the caller's directory.
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]!);
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : error instanceof Error ? error.message : String(error);
    throw new UserFacingError(`Cannot read ${file}: ${reason}`);
  }
  const articles = Array.isArray(data) ? data : [data];

  const db = getDb();
  const storage = new LocalDirectoryStorage(config().media.dir);
  let created = 0;
  let updated = 0;
  let failed = 0;
  try {
    await migrateToLatest(db);
    for (const [index, article] of articles.entries()) {
      try {
        const result = await ingestArticle(db, article, { actor: IMPORT_ACTOR, storage });
        if (result.created) created++;
        else updated++;
        const a = result.article;
        console.log(`#${index} ${result.created ? 'created' : 'updated'} article ${a.id} (${a.status}) ${a.url}${a.externalId ? ` [${a.externalId}]` : ''}`);
      } catch (error) {
        failed++;
        if (error instanceof CommentError) console.log(`#${index} failed: ${error.message}`);
        else console.log(`#${index} failed: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  } finally {
    await db.destroy();
  }
  const total = articles.length;
  console.log(`${created + updated} of ${total} ${total === 1 ? 'article' : 'articles'} imported (${created} created, ${updated} updated), ${failed} failed.`);
  if (created + updated > 0) {
    console.log(
      'Note: the CLI cannot revalidate a running site\'s cache: lists pick the changes up within a minute, article pages within their cache life (up to an hour). Use the API for immediate updates.',
    );
  }
  if (failed > 0) process.exitCode = 1;
});
