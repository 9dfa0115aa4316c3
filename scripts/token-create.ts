import { parseArgs } from 'node:util';
import { CommentError } from '../lib/comments/errors.ts';
import { getDb } from '../lib/db/connection.ts';
import { migrateToLatest } from '../lib/db/migrate.ts';
import { UserFacingError } from '../lib/errors.ts';
import { createApiToken, TOKEN_SCOPES } from '../lib/tokens/api-tokens.ts';
import { runCli } from './cli.ts';

/** npm run token:create -- --name "Wire feed" --scopes articles:write[,articles:read] */
const { values } = parseArgs({ options: { name: { type: 'string' }, scopes: { type: 'string' } } });

await runCli(async () => {
  const usage = `Usage: npm run token:create -- --name <what uses it> --scopes <${TOKEN_SCOPES.join('|')}>[,…]`;
  if (!values.name || !values.scopes) throw new UserFacingError(usage);
  const db = getDb();
  try {
    await migrateToLatest(db);
    const created = await createApiToken(db, { name: values.name, scopes: values.scopes.split(','), createdBy: null });
    console.log(`Created API token ${created.id} "${created.info.name}" (${created.info.scopes.join(', ')}), prefix ${created.prefix}.`);
    console.log('');
    console.log(`  ${created.token}`);
    console.log('');
    console.log('Copy it now: it is not stored and cannot be shown again (only its hash is kept).');
    console.log('Send it as "Authorization: Bearer <token>". Revoke it from the desk (DELETE /api/desk/tokens/<id>).');
  } catch (error) {
    if (error instanceof CommentError) throw new UserFacingError(`${error.message}\n${usage}`);
    throw error;
  } finally {
    await db.destroy();
  }
});
