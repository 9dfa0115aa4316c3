import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createAdmin, hasAdmin } from '../lib/auth/admin.ts';
import { getDb } from '../lib/db/connection.ts';
import { migrateToLatest } from '../lib/db/migrate.ts';
import { UserFacingError } from '../lib/errors.ts';
import { runCli } from './cli.ts';

/**
 * npm run admin:create -- --email you@example.com [--name "Your Name"] [--password …] [--if-none]
 * --if-none: do nothing when the site already has an admin (used by `npm run demo`).
 */
const { values } = parseArgs({
  options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' }, 'if-none': { type: 'boolean' } },
});

await runCli(async () => {
  if (!values.email || !/^[^@\s]+@[^@\s]+$/.test(values.email)) {
    throw new UserFacingError('Usage: npm run admin:create -- --email <address> [--name "Full Name"] [--password <at least 10 characters>]');
  }
  const password = values.password ?? process.env.ADMIN_PASSWORD ?? randomBytes(12).toString('base64url');
  const db = getDb();
  await migrateToLatest(db);
  if (values['if-none'] && (await hasAdmin(db))) {
    await db.destroy();
    return;
  }
  const { created } = await createAdmin(db, { email: values.email, password, name: values.name ?? 'Site admin' });
  await db.destroy();
  if (!created) {
    console.log(`${values.email} already had an account; it is now an admin (its password is unchanged).`);
  } else if (values.password || process.env.ADMIN_PASSWORD) {
    console.log(`Admin ${values.email} created. Sign in at /account/sign-in, then open /desk.`);
  } else {
    console.log(`Admin ${values.email} created with the password:\n\n  ${password}\n\nIt is shown once. Sign in at /account/sign-in, change it under /account, then open /desk.`);
  }
});
