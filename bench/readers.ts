import { createDb } from '../lib/db/connection.ts';

/**
 * Signed-in readers for the comment-post route, made the way e2e/accounts.ts makes them: the real
 * sign-up endpoint, then the real confirmation link from the local mail outbox.
 */

const PASSWORD = 'correct horse battery staple';

function sessionCookie(response: Response): string | null {
  for (const header of response.headers.getSetCookie()) {
    const pair = header.split(';')[0]!;
    if (pair.includes('session_token=') && !pair.endsWith('=')) return pair;
  }
  return null;
}

async function confirmationLink(databaseUrl: string, email: string): Promise<string> {
  const db = createDb(databaseUrl);
  try {
    const mail = await db.selectFrom('mail_outbox').select('text_body').where('to_address', '=', email).orderBy('id', 'desc').executeTakeFirst();
    const link = mail?.text_body.match(/https?:\/\/\S+/)?.[0];
    if (!link) throw new Error(`no confirmation mail for ${email} in mail_outbox`);
    return link;
  } finally {
    await db.destroy();
  }
}

/** Signs up one reader, confirms the email and returns a Cookie header value for its session. */
export async function confirmedReader(origin: string, databaseUrl: string, email: string): Promise<string> {
  const signUp = await fetch(`${origin}/api/auth/sign-up/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ name: 'Bench Reader', email, password: PASSWORD }),
  });
  if (!signUp.ok) throw new Error(`sign-up of ${email} failed: ${signUp.status} ${await signUp.text()}`);
  let cookie = sessionCookie(signUp);
  const confirm = await fetch(await confirmationLink(databaseUrl, email), { redirect: 'manual', headers: { origin } });
  if (confirm.status >= 400) throw new Error(`confirming ${email} failed: ${confirm.status} ${await confirm.text()}`);
  cookie = sessionCookie(confirm) ?? cookie;
  if (!cookie) throw new Error(`no session cookie for ${email}`);
  return cookie;
}

/** `count` readers, one after another (sign-ups hash passwords: running them in parallel only queues them). */
export async function confirmedReaders(origin: string, databaseUrl: string, count: number, runId: string): Promise<string[]> {
  const cookies: string[] = [];
  for (let i = 0; i < count; i++) cookies.push(await confirmedReader(origin, databaseUrl, `bench-reader-${runId}-${i}@example.test`));
  return cookies;
}

/** One post before the measurement: a refusal (closed thread, unconfirmed reader, limiter) stops the run with its reason. */
export async function expectCommentPost(origin: string, articleId: number, cookie: string, runId: string): Promise<void> {
  const response = await fetch(`${origin}/api/articles/${articleId}/comments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, cookie, 'idempotency-key': `bench-${runId}-probe` },
    body: JSON.stringify({ body: `Benchmark probe ${runId}: checking that readers can post before measuring.` }),
  });
  if (response.status !== 201) throw new Error(`route "comment-post" is broken: POST answered ${response.status}, expected 201: ${await response.text()}`);
}
