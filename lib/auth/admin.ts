import type { DB } from '../db/connection.ts';
import { dbBoolean } from '../db/engine.ts';
import { UserFacingError } from '../errors.ts';
import { createAuth } from './auth.ts';

/**
 * Creates a staff admin account (or promotes an existing one), confirmed and ready to sign in.
 * Used by `npm run admin:create` and, on first start, by ADMIN_EMAIL/ADMIN_PASSWORD.
 */
export async function createAdmin(db: DB, input: { email: string; password: string; name: string }): Promise<{ created: boolean }> {
  const email = input.email.trim().toLowerCase();
  const existing = await db.selectFrom('user').select('id').where('email', '=', email).executeTakeFirst();
  if (!existing) {
    if (input.password.length < 10) throw new UserFacingError('The password must be at least 10 characters.');
    await createAuth(db).api.signUpEmail({ body: { email, password: input.password, name: input.name } });
  }
  await db.updateTable('user').set({ role: 'admin', emailVerified: dbBoolean(db, true) }).where('email', '=', email).execute();
  return { created: !existing };
}

export async function hasAdmin(db: DB): Promise<boolean> {
  return Boolean(await db.selectFrom('user').select('id').where('role', '=', 'admin').executeTakeFirst());
}
