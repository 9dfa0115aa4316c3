import type { APIRequestContext, Page } from '@playwright/test';
import { createDb } from '../lib/db/connection.ts';
import { E2E_DATABASE_URL } from './database-url.ts';

/** Reader accounts for e2e: made through the real sign-up API, confirmed through the real mailed link. */

let counter = 0;
export function uniqueEmail(prefix: string) {
  return `${prefix}-${Date.now()}-${++counter}@example.test`;
}

export const PASSWORD = 'correct horse battery staple';

function db() {
  return createDb(E2E_DATABASE_URL);
}

/** The newest mail in the local outbox for an address. */
export async function latestMail(to: string) {
  const conn = db();
  try {
    return await conn.selectFrom('mail_outbox').selectAll().where('to_address', '=', to).orderBy('id', 'desc').executeTakeFirst();
  } finally {
    await conn.destroy();
  }
}

export async function confirmationLink(to: string): Promise<string> {
  const mail = await latestMail(to);
  const link = mail?.text_body.match(/https?:\/\/\S+/)?.[0];
  if (!link) throw new Error(`No confirmation mail for ${to}`);
  return link;
}

export async function setRole(email: string, role: 'reader' | 'contributor' | 'editor' | 'admin') {
  const conn = db();
  try {
    await conn.updateTable('user').set({ role }).where('email', '=', email).execute();
  } finally {
    await conn.destroy();
  }
}

/** Signs up through the API in a page's context (cookies land in the browser), optionally confirming the email. */
export async function signUpViaApi(page: Page, options: { name?: string; verify?: boolean } = {}) {
  const email = uniqueEmail('reader');
  const name = options.name ?? `Reader ${counter}`;
  await apiSignUp(page.request, page, { name, email });
  if (options.verify !== false) await page.goto(await confirmationLink(email));
  return { email, name };
}

export async function apiSignUp(request: APIRequestContext, page: Page | null, body: { name: string; email: string }) {
  const origin = new URL(page?.url() && page.url() !== 'about:blank' ? page.url() : process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3100').origin;
  const response = await request.post('/api/auth/sign-up/email', {
    data: { ...body, password: PASSWORD },
    headers: { origin },
  });
  if (!response.ok()) throw new Error(`sign-up failed: ${response.status()} ${await response.text()}`);
}
