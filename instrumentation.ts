/**
 * On server start: apply pending migrations (so `next start` on a new database just works),
 * create the first admin from ADMIN_EMAIL/ADMIN_PASSWORD if there is none, and start the
 * scheduler's tick, which publishes scheduled articles when their time comes.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { config } = await import('./lib/config.ts');
  const { getDb } = await import('./lib/db/connection.ts');
  const { migrateToLatest } = await import('./lib/db/migrate.ts');
  const { log } = await import('./lib/log.ts');
  const { siteUrl, databaseUrl, firstAdmin, schedulerIntervalSeconds } = config(); // fails fast on bad configuration
  const db = getDb();
  const { applied } = await migrateToLatest(db);
  log.info({ siteUrl, database: databaseUrl.split('@').pop(), applied }, 'database ready');
  const { clientAddressStampInstalled } = await import('./lib/http/client-address-stamp.ts');
  const { frontDoorInstalled } = await import('./lib/http/front-door.ts');
  const { pageDoorInstalled } = await import('./lib/http/page-door.ts');
  const { pageStore } = await import('./lib/cache/page-store.ts');
  const { searchGate, searchGateInstalled } = await import('./lib/http/search-gate.ts');
  // Sized from PAGE_STORE_MB and SEARCH_CONCURRENCY now that .env files are read: a bad value stops the start here.
  pageStore();
  searchGate();
  if (process.env.NODE_ENV === 'production' && !(clientAddressStampInstalled() && frontDoorInstalled() && pageDoorInstalled() && searchGateInstalled())) {
    // Not fatal (the site still serves), but loud: comments lose their per-address limit, Better Auth
    // puts every reader in one sign-in bucket, old slugs and unpublished articles answer 404, and
    // non-canonical URLs (trailing slash, capitals) are served instead of redirected, and every cached
    // page costs Next's full request handling, and a burst of searches all render at once.
    log.error('started without scripts/start.sh (use npm start): rate limits cannot tell readers apart, old or removed article URLs answer 404, URLs are not made canonical, cached pages are not sent from memory, and searches are not queued');
  }

  if (firstAdmin) {
    const { createAdmin, hasAdmin } = await import('./lib/auth/admin.ts');
    if (!(await hasAdmin(db))) {
      await createAdmin(db, firstAdmin);
      log.info({ email: firstAdmin.email }, 'first admin created from ADMIN_EMAIL');
    }
  }

  if (schedulerIntervalSeconds > 0) {
    const { startSchedulerTick } = await import('./lib/scheduler-tick.ts');
    startSchedulerTick(schedulerIntervalSeconds * 1000);
  }
}
