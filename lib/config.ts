import { z } from 'zod';
import { UserFacingError } from './errors.ts';

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
};

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
  };
}

let cached: SiteConfig | undefined;

export function config(): SiteConfig {
  cached ??= parseConfig(process.env);
  return cached;
}
