import { Migrator, type Migration, type MigrationProvider } from 'kysely/migration';
import type { DB } from './connection.ts';
import { engineOfDb } from './engine.ts';
import { initial } from './migrations/001_initial.ts';
import { readerParticipation } from './migrations/002_reader_participation.ts';
import { newsroomDesk } from './migrations/003_newsroom_desk.ts';
import { siteSearch } from './migrations/004_site_search.ts';

/** Migrations in order; never edit one that has shipped, add the next instead. */
export function migrations(db: DB): Record<string, Migration> {
  const engine = engineOfDb(db);
  return {
    '001_initial': initial(engine),
    '002_reader_participation': readerParticipation(engine),
    '003_newsroom_desk': newsroomDesk(engine),
    '004_site_search': siteSearch(engine),
  };
}

export async function migrateToLatest(db: DB): Promise<{ applied: string[] }> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(db) };
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`Migration ${failed ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  // Better Auth's own tables live beside ours, created by its migrator.
  const { migrateAuth } = await import('../auth/migrate.ts');
  await migrateAuth(db);
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
