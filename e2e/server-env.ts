import { E2E_DATABASE_URL } from './database-url.ts';

/** The port of the e2e server, and of the second instance some specs start beside it. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_PEER_PORT = E2E_PORT + 1;

/** The environment of an e2e server instance: production, the e2e database, and its peer to tell about changes. */
export function serverEnv(port: number, peerPort: number): Record<string, string> {
  return {
    DATABASE_URL: E2E_DATABASE_URL,
    SITE_URL: `http://127.0.0.1:${port}`,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    BETTER_AUTH_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e-secret',
    // New accounts post straight away and fast in tests; the holding and limits have their own integration tests.
    COMMENTS_TRUSTED_AFTER: '0',
    COMMENTS_RATE_PER_MINUTE: '200',
    AUTH_SIGNUPS_PER_MINUTE: '200',
    // Scheduled articles go live within two seconds of their time; uploads stay inside .e2e.
    SCHEDULER_INTERVAL_SECONDS: '2',
    MEDIA_DIR: '.e2e/media',
    // Two instances behind one load balancer: each tells the other when content changes (e2e/peers.spec.ts).
    REVALIDATE_PEERS: `http://127.0.0.1:${peerPort}`,
  };
}
