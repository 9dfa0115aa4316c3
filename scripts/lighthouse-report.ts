/**
 * The pure part of `npm run lighthouse` (scripts/lighthouse.ts): turning Lighthouse results into
 * summaries, picking the median run, checking the targets and printing the table. No I/O here, so
 * it is unit-tested (lighthouse-report.test.ts).
 */

/** The few fields of a Lighthouse result (LHR) read here; a real `Result` from 'lighthouse' fits it. */
export interface LhrLike {
  finalDisplayedUrl: string;
  fetchTime: string;
  runtimeError?: { code: string; message: string };
  runWarnings?: string[];
  environment?: { benchmarkIndex: number };
  audits: Record<
    string,
    { id: string; title: string; score: number | null; scoreDisplayMode: string; numericValue?: number; displayValue?: string }
  >;
  categories: Record<string, { id: string; score: number | null; auditRefs: { id: string; weight: number }[] }>;
}

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type CategoryId = (typeof CATEGORIES)[number];

export interface FailingAudit {
  category: CategoryId;
  id: string;
  title: string;
  /** 0–1, or null when the audit errored. */
  score: number | null;
  displayValue?: string;
}

export interface RunSummary {
  page: string;
  url: string;
  fetchTime: string;
  /** Category scores 0–100 (null when Lighthouse could not score the category). */
  scores: Record<CategoryId, number | null>;
  /** Milliseconds, except CLS (unitless). */
  metrics: { lcp: number | null; tbt: number | null; cls: number | null; fcp: number | null };
  failing: FailingAudit[];
  runtimeError?: string;
  warnings: string[];
  /** Lighthouse's CPU benchmark of the machine during the run: lower means a slower or busier machine. */
  benchmarkIndex: number | null;
}

export interface Targets {
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
  /** CLS must stay strictly below this. */
  clsBelow: number;
}

/** The issue's targets: mobile performance at least 95, the other three at 100, CLS under 0.01. */
export const DEFAULT_TARGETS: Targets = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100, clsBelow: 0.01 };

// Lighthouse's report shows an audit as passed from 0.9; binary audits are 0 or 1.
const PASS_SCORE = 0.9;
const UNSCORED_MODES = new Set(['informative', 'manual', 'notApplicable']);

function numeric(lhr: LhrLike, id: string): number | null {
  const value = lhr.audits[id]?.numericValue;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Audits that cost points: weighted in a category (or any performance metric/insight) and below a pass. */
export function failingAudits(lhr: LhrLike): FailingAudit[] {
  const failing: FailingAudit[] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || UNSCORED_MODES.has(audit.scoreDisplayMode)) continue;
      const errored = audit.scoreDisplayMode === 'error';
      // Performance insights have weight 0 but explain a low score, so they are listed too.
      if (!errored && ref.weight === 0 && category !== 'performance') continue;
      if (!errored && (audit.score === null || audit.score >= PASS_SCORE)) continue;
      failing.push({
        category,
        id: audit.id,
        title: audit.title,
        score: errored ? null : audit.score,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
      });
    }
  }
  return failing;
}

export function summarize(page: string, lhr: LhrLike): RunSummary {
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => {
      const score = lhr.categories[c]?.score;
      return [c, typeof score === 'number' ? Math.round(score * 100) : null];
    }),
  ) as Record<CategoryId, number | null>;
  return {
    page,
    url: lhr.finalDisplayedUrl,
    fetchTime: lhr.fetchTime,
    scores,
    metrics: {
      lcp: numeric(lhr, 'largest-contentful-paint'),
      tbt: numeric(lhr, 'total-blocking-time'),
      cls: numeric(lhr, 'cumulative-layout-shift'),
      fcp: numeric(lhr, 'first-contentful-paint'),
    },
    failing: failingAudits(lhr),
    ...(lhr.runtimeError ? { runtimeError: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
    warnings: lhr.runWarnings ?? [],
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
  };
}

/**
 * The index of the median run by performance score. With an even count it takes the lower of the
 * two middle runs, so a report never flatters; ties keep run order. Unscored runs sort lowest.
 */
export function medianIndex(runs: readonly Pick<RunSummary, 'scores'>[]): number {
  if (runs.length === 0) throw new Error('medianIndex needs at least one run');
  const order = runs.map((r, i) => ({ i, perf: r.scores.performance ?? -1 })).sort((a, b) => a.perf - b.perf || a.i - b.i);
  return order[Math.floor((order.length - 1) / 2)]!.i;
}

/** Why a summary misses the targets, one line per miss; empty when it meets them all. */
export function missedTargets(summary: RunSummary, targets: Targets = DEFAULT_TARGETS): string[] {
  const missed: string[] = [];
  if (summary.runtimeError) missed.push(`Lighthouse error ${summary.runtimeError}`);
  for (const c of CATEGORIES) {
    const score = summary.scores[c];
    if (score === null) missed.push(`${c}: no score`);
    else if (score < targets[c]) missed.push(`${c} ${score} < ${targets[c]}`);
  }
  const { cls } = summary.metrics;
  if (cls === null) missed.push('CLS: not measured');
  else if (cls >= targets.clsBelow) missed.push(`CLS ${formatCls(cls)} ≥ ${targets.clsBelow}`);
  return missed;
}

function formatSeconds(ms: number | null): string {
  return ms === null ? '–' : `${(ms / 1000).toFixed(1)} s`;
}

function formatMs(ms: number | null): string {
  return ms === null ? '–' : `${Math.round(ms)} ms`;
}

function formatCls(cls: number | null): string {
  return cls === null ? '–' : cls.toFixed(3);
}

/** A Markdown table, columns padded so it also reads well in a terminal. */
export function formatTable(summaries: readonly RunSummary[]): string {
  const header = ['page', 'perf', 'a11y', 'BP', 'SEO', 'LCP', 'TBT', 'CLS', 'FCP'];
  const score = (n: number | null) => (n === null ? '–' : String(n));
  const rows = summaries.map((s) => [
    s.page,
    score(s.scores.performance),
    score(s.scores.accessibility),
    score(s.scores['best-practices']),
    score(s.scores.seo),
    formatSeconds(s.metrics.lcp),
    formatMs(s.metrics.tbt),
    formatCls(s.metrics.cls),
    formatSeconds(s.metrics.fcp),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** The failing audits of one page, for the console. */
export function formatFailing(summary: RunSummary): string {
  if (summary.failing.length === 0) return `${summary.page}: no failing audits`;
  const lines = summary.failing.map((a) => {
    const score = a.score === null ? 'error' : String(Math.round(a.score * 100));
    return `  [${a.category}] ${a.id} (${score})${a.displayValue ? ` ${a.displayValue}` : ''}: ${a.title}`;
  });
  return [`${summary.page}:`, ...lines].join('\n');
}
