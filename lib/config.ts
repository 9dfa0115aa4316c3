import { z } from 'zod';
import { UserFacingError } from './errors.ts';
import { parseTrustedProxies } from './http/client-address.ts';

const splitList = (v: string) =>
  v
    .split(',')
    .map((w) => w.trim())
    .filter(Boolean);

/**
 * Site configuration from environment variables, validated once.
 * A bad value stops the process with a message naming the variable.
 */
const schema = z.object({
  DATABASE_URL: z
    .string()
    .default('file:./data/news.db')
    .refine((v) => v.startsWith('file:') || /^postgres(ql)?:\/\//.test(v), {
      message: 'must be file:<path> for SQLite or postgres://… for PostgreSQL',
    }),
  SITE_URL: z.url({ message: 'must be an absolute URL such as https://news.example.com' }).default('http://localhost:3000'),
  SITE_NAME: z.string().min(1).default('The Meridian'),
  SITE_LOCALE: z
    .string()
    .default('en-GB')
    .refine((v) => Intl.DateTimeFormat.supportedLocalesOf([v]).length > 0, {
      message: 'must be a BCP 47 locale such as en-GB',
    }),
  BETTER_AUTH_SECRET: z.string().min(32, { message: 'must be at least 32 random characters (openssl rand -base64 32)' }).optional(),
  AUTH_SIGNUPS_PER_MINUTE: z.coerce.number().int().min(1).max(10000).default(10),
  SMTP_URL: z.url({ message: 'must be an smtp:// or smtps:// URL' }).optional(),
  MAIL_FROM: z.string().default('The Meridian <no-reply@localhost>'),
  COMMENTS_DEFAULT_MODE: z.enum(['open', 'premoderated', 'closed']).default('open'),
  COMMENTS_PAGE_SIZE: z.coerce.number().int().min(5).max(100).default(20),
  COMMENTS_MAX_LENGTH: z.coerce.number().int().min(100).max(20000).default(2500),
  COMMENTS_EDIT_WINDOW_MINUTES: z.coerce.number().int().min(0).max(1440).default(15),
  COMMENTS_TRUSTED_AFTER: z.coerce.number().int().min(0).max(100).default(2),
  COMMENTS_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(1000).default(5),
  COMMENTS_BANNED_WORDS: z.string().default(''),
  COMMENTS_SUSPECT_WORDS: z.string().default(''),
  SCHEDULER_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(3600).default(15),
  PREVIEW_LINK_HOURS: z.coerce.number().int().min(1).max(720).default(48),
  ADMIN_EMAIL: z.email({ message: 'must be an email address' }).optional(),
  ADMIN_PASSWORD: z.string().min(12, { message: 'must be at least 12 characters' }).optional(),
  ADMIN_NAME: z.string().min(1).default('Site admin'),
  MEDIA_DIR: z.string().min(1).default('./data/media'),
  MEDIA_MAX_BYTES: z.coerce.number().int().min(1024).max(256 * 1024 * 1024).default(10 * 1024 * 1024),
  REVALIDATE_PEERS: z
    .string()
    .default('')
    .refine((v) => splitList(v).every((origin) => URL.canParse(origin) && /^https?:$/.test(new URL(origin).protocol)), {
      message: 'must be comma-separated http(s) origins of the other instances, such as http://10.0.0.2:3000',
    }),
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .superRefine((v, ctx) => {
      try {
        parseTrustedProxies(v);
      } catch (error) {
        ctx.addIssue({
          code: 'custom',
          message: `must be comma-separated IP addresses or CIDR ranges of the reverse proxies in front of the site, such as 127.0.0.1,::1 (${(error as Error).message})`,
        });
      }
    }),
  SITE_TIMEZONE: z
    .string()
    .default('Europe/London')
    .refine((v) => Intl.supportedValuesOf('timeZone').includes(v) || v === 'UTC', {
      message: 'must be an IANA time zone such as Europe/London',
    }),
});

export type SiteConfig = {
  databaseUrl: string;
  siteUrl: string;
  siteName: string;
  locale: string;
  timeZone: string;
  authSecret: string | undefined;
  /** Sign-ups allowed per client address per minute (sign-in is fixed at 5). */
  signupsPerMinute: number;
  smtpUrl: string | undefined;
  mailFrom: string;
  comments: CommentSettings;
  media: MediaSettings;
  /** How often the background tick publishes due scheduled articles; 0 turns it off. */
  schedulerIntervalSeconds: number;
  /** Default lifetime of shared preview links. */
  previewLinkHours: number;
  /** Origins of the other instances behind the same load balancer: content changes expire their caches too. */
  revalidatePeers: string[];
  /** Creates the first admin on first start when both are set and no admin exists. */
  firstAdmin: { email: string; password: string; name: string } | null;
};

export interface MediaSettings {
  /** Directory for uploaded files (local storage); relative paths are from the working directory. */
  dir: string;
  /** Largest upload accepted, in bytes. */
  maxBytes: number;
}

export interface CommentSettings {
  /** Mode for articles that do not set one. */
  defaultMode: 'open' | 'premoderated' | 'closed';
  pageSize: number;
  maxLength: number;
  editWindowMinutes: number;
  /** A reader's comments are held for review until this many have been approved. */
  trustedAfter: number;
  ratePerMinute: number;
  /** Extra words on top of the built-in lists (comma-separated in the environment). */
  bannedWords: string[];
  suspectWords: string[];
}

const wordList = (v: string) => splitList(v).map((w) => w.toLowerCase());

export class ConfigError extends UserFacingError {}

export function parseConfig(env: Record<string, string | undefined>): SiteConfig {
  const result = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = result.data;
  return {
    databaseUrl: c.DATABASE_URL,
    siteUrl: c.SITE_URL.replace(/\/+$/, ''),
    siteName: c.SITE_NAME,
    locale: c.SITE_LOCALE,
    timeZone: c.SITE_TIMEZONE,
    authSecret: c.BETTER_AUTH_SECRET,
    signupsPerMinute: c.AUTH_SIGNUPS_PER_MINUTE,
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    schedulerIntervalSeconds: c.SCHEDULER_INTERVAL_SECONDS,
    previewLinkHours: c.PREVIEW_LINK_HOURS,
    revalidatePeers: splitList(c.REVALIDATE_PEERS).map((origin) => new URL(origin).origin),
    firstAdmin: c.ADMIN_EMAIL && c.ADMIN_PASSWORD ? { email: c.ADMIN_EMAIL, password: c.ADMIN_PASSWORD, name: c.ADMIN_NAME } : null,
    media: { dir: c.MEDIA_DIR, maxBytes: c.MEDIA_MAX_BYTES },
    comments: {
      defaultMode: c.COMMENTS_DEFAULT_MODE,
      pageSize: c.COMMENTS_PAGE_SIZE,
      maxLength: c.COMMENTS_MAX_LENGTH,
      editWindowMinutes: c.COMMENTS_EDIT_WINDOW_MINUTES,
      trustedAfter: c.COMMENTS_TRUSTED_AFTER,
      ratePerMinute: c.COMMENTS_RATE_PER_MINUTE,
      bannedWords: wordList(c.COMMENTS_BANNED_WORDS),
      suspectWords: wordList(c.COMMENTS_SUSPECT_WORDS),
    },
  };
}

let cached: SiteConfig | undefined;

export function config(): SiteConfig {
  cached ??= parseConfig(process.env);
  return cached;
}
