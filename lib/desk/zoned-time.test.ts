import { describe, expect, it } from 'vitest';
import { fromZonedInput, toZonedInput } from './zoned-time.ts';

describe('site time zone conversions', () => {
  it('reads and writes London wall-clock times in winter and summer', () => {
    expect(fromZonedInput('2026-12-01T09:30', 'Europe/London')).toBe('2026-12-01T09:30:00.000Z');
    expect(fromZonedInput('2026-07-01T09:30', 'Europe/London')).toBe('2026-07-01T08:30:00.000Z');
    expect(toZonedInput('2026-07-01T08:30:00.000Z', 'Europe/London')).toBe('2026-07-01T09:30');
  });

  it('handles zones far from UTC and the change of clocks', () => {
    expect(fromZonedInput('2026-11-28T18:00', 'America/New_York')).toBe('2026-11-28T23:00:00.000Z');
    expect(fromZonedInput('2026-11-28T06:00', 'Asia/Kolkata')).toBe('2026-11-28T00:30:00.000Z');
    // 01:30 happens twice on 25 October 2026 in London: the earlier (BST) instant wins.
    expect(fromZonedInput('2026-10-25T01:30', 'Europe/London')).toBe('2026-10-25T00:30:00.000Z');
    // 01:30 never happens on 29 March 2026 in London: it lands after the jump.
    expect(toZonedInput(fromZonedInput('2026-03-29T01:30', 'Europe/London')!, 'Europe/London')).toBe('2026-03-29T02:30');
  });

  it('accepts seconds', () => {
    expect(fromZonedInput('2026-12-01T09:30:15', 'Europe/London')).toBe('2026-12-01T09:30:15.000Z');
  });

  it('refuses malformed input', () => {
    expect(fromZonedInput('tomorrow', 'Europe/London')).toBeNull();
    expect(fromZonedInput('2026-11-28 18:00', 'Europe/London')).toBeNull();
  });
});
