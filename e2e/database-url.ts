/** The e2e server's database: a local SQLite file made fresh for each run by e2e/setup-database.ts. */
export const E2E_DATABASE_URL = 'file:./.e2e/news.db';
