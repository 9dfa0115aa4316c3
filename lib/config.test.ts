import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.ts';

describe('configuration from the environment', () => {
  it('has working defaults for the embedded setup', () => {
    expect(parseConfig({})).toEqual({
      databaseUrl: 'file:./data/news.db',
      siteUrl: 'http://localhost:3000',
      siteName: 'The Meridian',
      locale: 'en-GB',
      timeZone: 'Europe/London',
    });
  });

  it('accepts PostgreSQL and trims a trailing slash from SITE_URL', () => {
    const c = parseConfig({ DATABASE_URL: 'postgres://u@db/news', SITE_URL: 'https://news.example.com/', SITE_TIMEZONE: 'Asia/Tokyo' });
    expect(c).toMatchObject({ databaseUrl: 'postgres://u@db/news', siteUrl: 'https://news.example.com', timeZone: 'Asia/Tokyo' });
  });

  it('names every bad variable in one clear error', () => {
    const attempt = () => parseConfig({ DATABASE_URL: 'mysql://x', SITE_URL: 'not a url', SITE_TIMEZONE: 'Mars/Olympus' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/DATABASE_URL: must be file:<path>/);
    expect(attempt).toThrow(/SITE_URL: must be an absolute URL/);
    expect(attempt).toThrow(/SITE_TIMEZONE: must be an IANA time zone/);
  });

  it('treats empty variables as unset', () => {
    expect(parseConfig({ SITE_NAME: '' }).siteName).toBe('The Meridian');
  });
});
