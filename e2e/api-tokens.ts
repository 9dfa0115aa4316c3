import { createDb } from '../lib/db/connection.ts';
import { createApiToken } from '../lib/tokens/api-tokens.ts';
import { E2E_DATABASE_URL } from './database-url.ts';

/** A new ingest API token with these scopes, written straight to the e2e database. */
export async function apiToken(name: string, scopes: ('articles:read' | 'articles:write')[]): Promise<string> {
  const db = createDb(E2E_DATABASE_URL);
  try {
    return (await createApiToken(db, { name, scopes, createdBy: null })).token;
  } finally {
    await db.destroy();
  }
}
