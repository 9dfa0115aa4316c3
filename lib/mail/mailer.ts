import { config } from '../config.ts';
import type { DB } from '../db/connection.ts';
import { log } from '../log.ts';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/**
 * The one way the site sends mail: SMTP (nodemailer) when SMTP_URL is set; otherwise a local
 * outbox table that tests read and that development prints, so nothing needs a mail server.
 */
export async function sendMail(db: DB, mail: Mail): Promise<void> {
  const { smtpUrl, mailFrom } = config();
  if (smtpUrl) {
    const { createTransport } = await import('nodemailer');
    await createTransport(smtpUrl).sendMail({ from: mailFrom, to: mail.to, subject: mail.subject, text: mail.text });
    return;
  }
  await db
    .insertInto('mail_outbox')
    .values({ to_address: mail.to, subject: mail.subject, text_body: mail.text, created_at: new Date().toISOString() })
    .execute();
  if (process.env.NODE_ENV !== 'production') log.info({ to: mail.to, subject: mail.subject }, `mail (outbox):\n${mail.text}`);
}

/** The newest outbox message for an address (tests and local development). */
export async function latestMailTo(db: DB, to: string) {
  return db
    .selectFrom('mail_outbox')
    .selectAll()
    .where('to_address', '=', to)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}
