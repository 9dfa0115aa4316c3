import { betterAuth } from 'better-auth';
import { config } from '../config.ts';
import type { DB } from '../db/connection.ts';
import { engineOfDb } from '../db/engine.ts';
import { CLIENT_ADDRESS_HEADER } from '../http/client-address.ts';
import { sendMail } from '../mail/mailer.ts';

/** Roles and what they may do: lib/desk/roles.ts. */
export type { Role } from '../desk/roles.ts';

const DEV_SECRET = 'development-only-secret-not-for-production-use-0000';

/** Better Auth on the site's own database and engine (its tables keep Better Auth's camelCase columns). */
export function createAuth(db: DB) {
  const { siteUrl, siteName, authSecret, signupsPerMinute } = config();
  const secret = authSecret ?? (process.env.NODE_ENV === 'production' ? undefined : DEV_SECRET);
  const url = new URL(siteUrl);
  // The same site is often reached as localhost and 127.0.0.1; both are trusted origins.
  const aliases = ['localhost', '127.0.0.1'].includes(url.hostname)
    ? ['localhost', '127.0.0.1'].map((h) => `${url.protocol}//${h}${url.port ? `:${url.port}` : ''}`)
    : [];
  return betterAuth({
    appName: siteName,
    baseURL: siteUrl,
    secret,
    trustedOrigins: [siteUrl, ...aliases],
    database: { db, type: engineOfDb(db) },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, url: link }) => {
        await sendMail(db, {
          to: user.email,
          subject: `Reset your ${siteName} password`,
          text: `Someone asked to reset the password for this address.\n\nTo choose a new password, open:\n${link}\n\nIf it was not you, ignore this message; your password stays as it is.`,
        });
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: true,
      sendVerificationEmail: async ({ user, url: link }) => {
        await sendMail(db, {
          to: user.email,
          subject: `Confirm your email for ${siteName}`,
          text: `Welcome to ${siteName}, ${user.name}.\n\nConfirm your email address to join the conversation:\n${link}`,
        });
      },
    },
    user: {
      additionalFields: {
        role: { type: 'string', defaultValue: 'reader', input: false },
        commentsBanned: { type: 'boolean', defaultValue: false, input: false },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 100,
      customRules: {
        // Every page asks who is signed in; reading a session is no brute-force target, so it is not limited.
        '/get-session': false,
        '/sign-in/email': { window: 60, max: 5 },
        '/sign-up/email': { window: 60, max: signupsPerMinute },
        '/request-password-reset': { window: 300, max: 3 },
        '/send-verification-email': { window: 300, max: 3 },
      },
    },
    advanced: {
      // Rate limits key on the address the server stamped, never on a client's X-Forwarded-For
      // (lib/http/client-address.ts). `next dev` has no stamp; there Next's own X-Forwarded-For will do.
      ipAddress: { ipAddressHeaders: process.env.NODE_ENV === 'production' ? [CLIENT_ADDRESS_HEADER] : [CLIENT_ADDRESS_HEADER, 'x-forwarded-for'] },
      cookiePrefix: 'meridian',
      useSecureCookies: url.protocol === 'https:',
      defaultCookieAttributes: { sameSite: 'lax', httpOnly: true },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
