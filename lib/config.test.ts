import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.ts';

describe('configuration from the environment', () => {
  it('has working defaults for the embedded setup', () => {
    expect(parseConfig({})).toMatchObject({
      databaseUrl: 'file:./data/news.db',
      siteUrl: 'http://localhost:3000',
      siteName: 'The Meridian',
      locale: 'en-GB',
      timeZone: 'Europe/London',
      authSecret: undefined,
      smtpUrl: undefined,
      comments: { defaultMode: 'open', pageSize: 20, editWindowMinutes: 15, bannedWords: [] },
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

  it('reads comment settings and word lists', () => {
    const c = parseConfig({ COMMENTS_PAGE_SIZE: '50', COMMENTS_BANNED_WORDS: ' Spam, scam ,,', COMMENTS_DEFAULT_MODE: 'premoderated' });
    expect(c.comments).toMatchObject({ pageSize: 50, bannedWords: ['spam', 'scam'], defaultMode: 'premoderated' });
    expect(() => parseConfig({ COMMENTS_PAGE_SIZE: '0' })).toThrow(/COMMENTS_PAGE_SIZE/);
    expect(() => parseConfig({ BETTER_AUTH_SECRET: 'short' })).toThrow(/BETTER_AUTH_SECRET: must be at least 32/);
  });

  it('reads the peers to tell about content changes as origins', () => {
    expect(parseConfig({}).revalidatePeers).toEqual([]);
    expect(parseConfig({ REVALIDATE_PEERS: ' http://10.0.0.2:3000/ , https://b.internal ' }).revalidatePeers).toEqual(['http://10.0.0.2:3000', 'https://b.internal']);
    expect(() => parseConfig({ REVALIDATE_PEERS: 'http://ok:3000,ftp://no' })).toThrow(/REVALIDATE_PEERS: must be comma-separated http\(s\) origins/);
    expect(() => parseConfig({ REVALIDATE_PEERS: 'not a url' })).toThrow(/REVALIDATE_PEERS/);
  });

  it('stops on a trusted proxy list it cannot read, rather than trusting nothing or everything quietly', () => {
    expect(() => parseConfig({ TRUSTED_PROXIES: '127.0.0.1, ::1, 10.0.0.0/8' })).not.toThrow();
    expect(() => parseConfig({ TRUSTED_PROXIES: '127.0.0.1, nginx' })).toThrow(/TRUSTED_PROXIES: must be comma-separated IP addresses or CIDR ranges.*"nginx"/);
    expect(() => parseConfig({ TRUSTED_PROXIES: '0.0.0.0/0' })).toThrow(/TRUSTED_PROXIES: .*wider than \/8/);
  });

  it('treats empty variables as unset', () => {
    expect(parseConfig({ SITE_NAME: '' }).siteName).toBe('The Meridian');
  });
});
