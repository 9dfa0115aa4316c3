import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatDateTime, formatRelative, readingMinutes } from './format.ts';

const london = { locale: 'en-GB', timeZone: 'Europe/London' };

describe('formatting in the site time zone', () => {
  it('shows stored UTC in the site zone, across daylight saving', () => {
    expect(formatDateTime('2026-07-01T12:30:00.000Z', london)).toBe('1 July 2026 at 13:30 BST');
    expect(formatDateTime('2026-12-01T12:30:00.000Z', london)).toBe('1 December 2026 at 12:30 GMT');
    expect(formatDateTime('2026-12-01T12:30:00.000Z', { locale: 'en-US', timeZone: 'America/New_York' })).toBe(
      'December 1, 2026 at 07:30 AM EST',
    );
  });

  it('uses the site zone for the calendar date near midnight', () => {
    expect(formatDate('2026-11-27T23:30:00.000Z', { locale: 'en-GB', timeZone: 'Asia/Tokyo' })).toBe('28 Nov 2026');
    expect(formatDate('2026-11-27T23:30:00.000Z', london)).toBe('27 Nov 2026');
  });

  it('says how long ago for the last day, then the date', () => {
    const now = '2026-11-28T12:00:00.000Z';
    expect(formatRelative('2026-11-28T11:59:30.000Z', now, london)).toBe('now');
    expect(formatRelative('2026-11-28T11:48:00.000Z', now, london)).toBe('12 min ago');
    expect(formatRelative('2026-11-28T09:00:00.000Z', now, london)).toBe('3 hr ago');
    expect(formatRelative('2026-11-26T09:00:00.000Z', now, london)).toBe('26 Nov');
  });

  it('keeps formatters apart by locale and zone (they are reused across calls)', () => {
    const iso = '2026-11-27T23:30:00.000Z';
    const tokyo = { locale: 'en-GB', timeZone: 'Asia/Tokyo' };
    expect([formatDate(iso, tokyo), formatDate(iso, london), formatDate(iso, tokyo)]).toEqual(['28 Nov 2026', '27 Nov 2026', '28 Nov 2026']);
    expect([formatCount(1234567, 'en-GB'), formatCount(1234567, 'de-DE'), formatCount(1234567, 'en-GB')]).toEqual(['1,234,567', '1.234.567', '1,234,567']);
    expect(formatRelative('2026-11-26T09:00:00.000Z', '2026-11-28T12:00:00.000Z', { locale: 'fr-FR', timeZone: 'Europe/Paris' })).toBe('26 nov.');
  });

  it('estimates reading time at 230 words a minute, at least one', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes(Array.from({ length: 1150 }, () => 'word').join(' '))).toBe(5);
  });
});
