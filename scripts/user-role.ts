import { parseArgs } from 'node:util';
import { getDb } from '../lib/db/connection.ts';
import { migrateToLatest } from '../lib/db/migrate.ts';
import { ROLES } from '../lib/desk/roles.ts';
import { UserFacingError } from '../lib/errors.ts';
import { runCli } from './cli.ts';

/** npm run user:role -- --email someone@example.com --role editor */
const { values } = parseArgs({ options: { email: { type: 'string' }, role: { type: 'string' } } });

await runCli(async () => {
  const roles: readonly string[] = ROLES;
  if (!values.email || !values.role || !roles.includes(values.role)) {
    throw new UserFacingError(`Usage: npm run user:role -- --email <address> --role <${roles.join('|')}>`);
  }
  const db = getDb();
  await migrateToLatest(db);
  const result = await db.updateTable('user').set({ role: values.role }).where('email', '=', values.email.toLowerCase()).executeTakeFirst();
  await db.destroy();
  if (Number(result.numUpdatedRows) === 0) throw new UserFacingError(`No account with the email ${values.email}. Sign up first.`);
  console.log(`${values.email} is now ${values.role}.`);
});
