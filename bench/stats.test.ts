import { describe, expect, it } from 'vitest';
import { formatMs, formatRatio, percentile, summarize } from './stats.ts';

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it('returns observed values at the nearest rank', () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile(hundred, 0)).toBe(1);
    expect(percentile([7], 99)).toBe(7);
  });

  it('is NaN for no samples', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('summarize', () => {
  it('sorts numerically (not as strings) before taking percentiles', () => {
    const s = summarize([10, 9, 100, 1.5, 2]);
    expect(s).toMatchObject({ count: 5, p50: 9, p99: 100, max: 100 });
    expect(s.mean).toBeCloseTo(24.5);
  });

  it('keeps sub-millisecond precision', () => {
    expect(summarize([0.41, 0.39, 0.4]).p50).toBe(0.4);
  });
});

describe('formatRatio', () => {
  it('writes slower figures as 1/n and faster ones as n×', () => {
    expect(formatRatio(1000, 24_000)).toBe('1/24');
    expect(formatRatio(1000, 2500)).toBe('1/2.5');
    expect(formatRatio(3000, 2000)).toBe('1.5×');
    expect(formatRatio(50_000, 2000)).toBe('25×');
  });

  it('has no ratio without two positive figures', () => {
    expect(formatRatio(0, 1000)).toBe('–');
    expect(formatRatio(1000, 0)).toBe('–');
  });
});

describe('formatMs', () => {
  it('shows two decimals below 10 ms, one below 100, none above', () => {
    expect(formatMs(0.123)).toBe('0.12');
    expect(formatMs(12.345)).toBe('12.3');
    expect(formatMs(1234.5)).toBe('1235');
    expect(formatMs(Number.NaN)).toBe('–');
  });
});
