import { getMigrations } from 'better-auth/db/migration';
import type { DB } from '../db/connection.ts';
import { createAuth } from './auth.ts';

/** Creates or updates Better Auth's tables (user, session, account, verification, rate limits) offline. */
export async function migrateAuth(db: DB): Promise<void> {
  const { runMigrations } = await getMigrations(createAuth(db).options);
  await runMigrations();
}
