import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TARGETS,
  failingAudits,
  formatFailing,
  formatTable,
  medianIndex,
  missedTargets,
  summarize,
  type LhrLike,
  type RunSummary,
} from './lighthouse-report.ts';

function audit(id: string, score: number | null, extra: Partial<LhrLike['audits'][string]> = {}): LhrLike['audits'][string] {
  return { id, title: `Title of ${id}`, score, scoreDisplayMode: score === null ? 'notApplicable' : 'binary', ...extra };
}

function lhr(overrides: { perf?: number; a11y?: number; cls?: number; audits?: LhrLike['audits'] } = {}): LhrLike {
  return {
    finalDisplayedUrl: 'http://127.0.0.1:3500/',
    fetchTime: '2026-11-29T02:00:00.000Z',
    environment: { benchmarkIndex: 1927 },
    audits: {
      'largest-contentful-paint': audit('largest-contentful-paint', 0.95, { scoreDisplayMode: 'numeric', numericValue: 1830.4 }),
      'total-blocking-time': audit('total-blocking-time', 1, { scoreDisplayMode: 'numeric', numericValue: 42.6 }),
      'cumulative-layout-shift': audit('cumulative-layout-shift', 1, { scoreDisplayMode: 'numeric', numericValue: overrides.cls ?? 0 }),
      'first-contentful-paint': audit('first-contentful-paint', 1, { scoreDisplayMode: 'numeric', numericValue: 912 }),
      'color-contrast': audit('color-contrast', 1),
      'image-alt': audit('image-alt', null),
      ...overrides.audits,
    },
    categories: {
      performance: {
        id: 'performance',
        score: overrides.perf ?? 0.97,
        auditRefs: [
          { id: 'largest-contentful-paint', weight: 25 },
          { id: 'total-blocking-time', weight: 30 },
          { id: 'cumulative-layout-shift', weight: 25 },
          { id: 'first-contentful-paint', weight: 10 },
          { id: 'lcp-discovery-insight', weight: 0 },
        ],
      },
      accessibility: {
        id: 'accessibility',
        score: overrides.a11y ?? 1,
        auditRefs: [
          { id: 'color-contrast', weight: 7 },
          { id: 'image-alt', weight: 10 },
          { id: 'heading-order', weight: 0 },
        ],
      },
      'best-practices': { id: 'best-practices', score: 1, auditRefs: [] },
      seo: { id: 'seo', score: 1, auditRefs: [] },
    },
  };
}

function withPerf(perf: number | null): Pick<RunSummary, 'scores'> {
  return { scores: { performance: perf, accessibility: 100, 'best-practices': 100, seo: 100 } };
}

describe('summarize', () => {
  it('reads scores as 0–100 and the four metrics', () => {
    const s = summarize('home', lhr({ perf: 0.964 }));
    expect(s.scores).toEqual({ performance: 96, accessibility: 100, 'best-practices': 100, seo: 100 });
    expect(s.metrics).toEqual({ lcp: 1830.4, tbt: 42.6, cls: 0, fcp: 912 });
    expect(s.failing).toEqual([]);
    expect(s.url).toBe('http://127.0.0.1:3500/');
    expect(s.benchmarkIndex).toBe(1927);
  });

  it('keeps a missing category or metric as null', () => {
    const result = lhr();
    delete result.categories.seo;
    delete result.audits['total-blocking-time'];
    const s = summarize('home', result);
    expect(s.scores.seo).toBeNull();
    expect(s.metrics.tbt).toBeNull();
  });
});

describe('failingAudits', () => {
  it('lists weighted audits below a pass, performance insights, and errors; skips unscored and passing ones', () => {
    const failing = failingAudits(
      lhr({
        audits: {
          'color-contrast': audit('color-contrast', 0),
          // Weight 0 outside performance: does not cost points.
          'heading-order': audit('heading-order', 0),
          'lcp-discovery-insight': audit('lcp-discovery-insight', 0, { scoreDisplayMode: 'metricSavings' }),
          'total-blocking-time': audit('total-blocking-time', 0.47, { scoreDisplayMode: 'numeric', numericValue: 630, displayValue: '630 ms' }),
          'image-alt': audit('image-alt', null, { scoreDisplayMode: 'error' }),
        },
      }),
    );
    expect(failing.map((a) => `${a.category}/${a.id}/${a.score}`)).toEqual([
      'performance/total-blocking-time/0.47',
      'performance/lcp-discovery-insight/0',
      'accessibility/color-contrast/0',
      'accessibility/image-alt/null',
    ]);
    expect(failing[0]?.displayValue).toBe('630 ms');
  });
});

describe('medianIndex', () => {
  it('picks the middle run by performance, whatever the order', () => {
    expect(medianIndex([withPerf(82), withPerf(74), withPerf(97)])).toBe(0);
    expect(medianIndex([withPerf(97), withPerf(82), withPerf(74)])).toBe(1);
  });

  it('takes the lower middle run of an even count, and the only run of one', () => {
    expect(medianIndex([withPerf(90), withPerf(99), withPerf(95), withPerf(80)])).toBe(0);
    expect(medianIndex([withPerf(88)])).toBe(0);
  });

  it('sorts unscored runs lowest and keeps run order on ties', () => {
    expect(medianIndex([withPerf(null), withPerf(95), withPerf(95)])).toBe(1);
  });

  it('refuses no runs', () => {
    expect(() => medianIndex([])).toThrow();
  });
});

describe('missedTargets', () => {
  it('is empty when every target is met, including perf exactly 95', () => {
    expect(missedTargets(summarize('home', lhr({ perf: 0.95 })))).toEqual([]);
  });

  it('names each miss: perf under 95, a category under 100, CLS at or over 0.01', () => {
    const missed = missedTargets(summarize('article', lhr({ perf: 0.81, a11y: 0.96, cls: 0.01 })));
    expect(missed).toEqual(['performance 81 < 95', 'accessibility 96 < 100', 'CLS 0.010 ≥ 0.01']);
  });

  it('counts an unscored category, an unmeasured CLS and a runtime error as misses', () => {
    const result = lhr();
    result.categories.seo!.score = null;
    delete result.audits['cumulative-layout-shift'];
    result.runtimeError = { code: 'NO_FCP', message: 'The page did not paint' };
    expect(missedTargets(summarize('home', result), DEFAULT_TARGETS)).toEqual([
      'Lighthouse error NO_FCP: The page did not paint',
      'seo: no score',
      'CLS: not measured',
    ]);
  });
});

describe('formatTable', () => {
  it('prints an aligned Markdown table with units', () => {
    const table = formatTable([summarize('home', lhr({ perf: 0.97 })), summarize('article', lhr({ perf: 0.81, cls: 0.0042 }))]);
    expect(table).toBe(
      [
        '| page    | perf | a11y |  BP | SEO |   LCP |   TBT |   CLS |   FCP |',
        '| ------- | ---: | ---: | --: | --: | ----: | ----: | ----: | ----: |',
        '| home    |   97 |  100 | 100 | 100 | 1.8 s | 43 ms | 0.000 | 0.9 s |',
        '| article |   81 |  100 | 100 | 100 | 1.8 s | 43 ms | 0.004 | 0.9 s |',
      ].join('\n'),
    );
  });
});

describe('formatFailing', () => {
  it('lists each failing audit under its page, or says there are none', () => {
    expect(formatFailing(summarize('home', lhr()))).toBe('home: no failing audits');
    const s = summarize('article', lhr({ audits: { 'color-contrast': audit('color-contrast', 0) } }));
    expect(formatFailing(s)).toBe('article:\n  [accessibility] color-contrast (0): Title of color-contrast');
  });
});
