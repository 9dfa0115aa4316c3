/** Applies pending migrations when the server starts, so `next start` on a new database just works. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { config } = await import('./lib/config.ts');
  const { getDb } = await import('./lib/db/connection.ts');
  const { migrateToLatest } = await import('./lib/db/migrate.ts');
  const { log } = await import('./lib/log.ts');
  const { siteUrl, databaseUrl } = config(); // fails fast with a clear message on bad configuration
  const { applied } = await migrateToLatest(getDb());
  log.info({ siteUrl, database: databaseUrl.split('@').pop(), applied }, 'database ready');
}
