import type { APIRequestContext, Page } from '@playwright/test';
import { createDb } from '../lib/db/connection.ts';
import { createShareLink } from '../lib/desk/share-links.ts';
import { setRole, signUpViaApi } from './accounts.ts';
import { E2E_DATABASE_URL } from './database-url.ts';

/** Staff accounts for desk tests: real sign-up and confirmation, then a role set in the database. */
export async function signUpAs(page: Page, role: 'contributor' | 'editor' | 'admin', name: string) {
  const account = await signUpViaApi(page, { name });
  await setRole(account.email, role);
  return account;
}

/** The status and Location of a URL without following redirects (the server's own answer). */
export async function rawStatus(request: APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0 });
  return { status: response.status(), location: response.headers()['location'] ?? null };
}

/** An already-expired share link, made as the desk would have made it two days ago. */
export async function expiredShareToken(articleId: number): Promise<string> {
  const db = createDb(E2E_DATABASE_URL);
  try {
    const { token } = await createShareLink(db, process.env.E2E_SECRET ?? 'e2e-secret-e2e-secret-e2e-secret-e2e-secret', {
      articleId,
      createdBy: null,
      hours: 1,
      now: new Date(Date.now() - 2 * 3_600_000),
    });
    return token;
  } finally {
    await db.destroy();
  }
}

export const HERO_IMAGE = 'public/demo/images/city-hall.jpg';
export const BODY_IMAGE = 'public/demo/images/coastline-storm.jpg';
