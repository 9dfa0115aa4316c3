/** Small statistics over latency samples, in milliseconds (unit-tested). */

/** The p-th percentile (0–100) by the nearest-rank method: a value that was actually observed. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  if (p <= 0) return sorted[0]!;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

export interface LatencySummary {
  count: number;
  p50: number;
  p99: number;
  mean: number;
  max: number;
}

export function summarize(samples: readonly number[]): LatencySummary {
  const sorted = Float64Array.from(samples).sort();
  const list = Array.from(sorted);
  const sum = list.reduce((a, b) => a + b, 0);
  return {
    count: list.length,
    p50: percentile(list, 50),
    p99: percentile(list, 99),
    mean: list.length ? sum / list.length : Number.NaN,
    max: list.length ? list[list.length - 1]! : Number.NaN,
  };
}

/**
 * A throughput as a fraction of the reference's, written the way the targets are ("1/24"):
 * 1/n when slower than the reference, n× when faster.
 */
export function formatRatio(value: number, reference: number): string {
  if (!(value > 0) || !(reference > 0)) return '–';
  const r = value / reference;
  if (r >= 1) return `${r >= 10 ? Math.round(r) : r.toFixed(1)}×`;
  const inverse = reference / value;
  return `1/${inverse >= 10 ? Math.round(inverse) : inverse.toFixed(1)}`;
}

/** Milliseconds for a table cell: enough digits to tell 0.4 ms from 1.4 ms, none to pretend more. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  if (ms < 10) return ms.toFixed(2);
  if (ms < 100) return ms.toFixed(1);
  return Math.round(ms).toString();
}
