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
    // Through Better Auth's own adapter and hasher (as its admin plugin does), with no confirmation mail:
    // the person running this command vouches for the address.
    const ctx = await createAuth(db).$context;
    const user = await ctx.internalAdapter.createUser({ email, name: input.name, emailVerified: true }, { method: 'admin' });
    await ctx.internalAdapter.linkAccount({
      userId: user.id,
      providerId: 'credential',
      accountId: user.id,
      password: await ctx.password.hash(input.password),
    });
  }
  await db.updateTable('user').set({ role: 'admin', emailVerified: dbBoolean(db, true) }).where('email', '=', email).execute();
  return { created: !existing };
}

export async function hasAdmin(db: DB): Promise<boolean> {
  return Boolean(await db.selectFrom('user').select('id').where('role', '=', 'admin').executeTakeFirst());
}
