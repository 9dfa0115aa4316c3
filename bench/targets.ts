import { formatMs, formatRatio } from './stats.ts';
import type { Row } from './types.ts';

/** The performance targets, judged from the rows of one run (unit-tested). */

export interface TargetCheck {
  name: string;
  /** null when the run did not measure what the target needs. */
  pass: boolean | null;
  detail: string;
}

export const REFERENCE_ROUTE = 'reference';
const RSS_LIMIT_MB = 350;

const find = (rows: readonly Row[], route: string, connections: number) => rows.find((r) => r.route === route && r.connections === connections);
const failures = (row: Row) => row.non2xx + row.errors + row.timeouts;

function notMeasured(name: string, what: string): TargetCheck {
  return { name, pass: null, detail: `not measured (${what})` };
}

export function checkTargets(rows: readonly Row[], options: { nginxPresent: boolean }): TargetCheck[] {
  const checks: TargetCheck[] = [];

  {
    const name = 'cached article, 50 connections: ≥ 1/30 of the bare node:http reference, zero errors';
    const article = find(rows, 'article', 50);
    const reference = find(rows, REFERENCE_ROUTE, 50);
    if (!article || !reference) checks.push(notMeasured(name, 'needs article and reference at 50 connections'));
    else {
      const ok = article.reqPerSec * 30 >= reference.reqPerSec && failures(article) === 0;
      checks.push({ name, pass: ok, detail: `${formatRatio(article.reqPerSec, reference.reqPerSec)} of reference, ${failures(article)} errors` });
    }
  }
  {
    const name = 'cached article, 1 connection: p50 < 2 ms and p99 < 10 ms';
    const article = find(rows, 'article', 1);
    if (!article) checks.push(notMeasured(name, 'needs article at 1 connection'));
    else checks.push({ name, pass: article.p50Ms < 2 && article.p99Ms < 10, detail: `p50 ${formatMs(article.p50Ms)} ms, p99 ${formatMs(article.p99Ms)} ms` });
  }
  {
    const name = 'first render (DB read + render), 1 connection: p50 < 15 ms';
    const first = find(rows, 'first-render', 1);
    if (!first) checks.push(notMeasured(name, 'needs first-render'));
    else checks.push({ name, pass: first.p50Ms < 15 && failures(first) === 0, detail: `p50 ${formatMs(first.p50Ms)} ms over ${first.requests} pages, ${failures(first)} errors` });
  }
  {
    const name = `peak RSS of the Next server under load ≤ ${RSS_LIMIT_MB} MB`;
    const peaks = rows.filter((r) => r.server === 'next').map((r) => r.peakRssMb).filter((mb): mb is number => mb !== null);
    if (peaks.length === 0) checks.push(notMeasured(name, 'no Next route measured'));
    else {
      const peak = Math.max(...peaks);
      checks.push({ name, pass: peak <= RSS_LIMIT_MB, detail: `peak ${Math.round(peak)} MB` });
    }
  }
  {
    const name = 'nginx proxy in front of Next: ≥ 1/2 of nginx serving the same bytes from a file';
    if (!options.nginxPresent) checks.push(notMeasured(name, 'nginx not installed'));
    else {
      const counts = rows.filter((r) => r.route === 'nginx-proxy').map((r) => r.connections);
      const top = Math.max(...counts);
      const proxy = find(rows, 'nginx-proxy', top);
      const file = find(rows, 'nginx-file', top);
      if (!proxy || !file) checks.push(notMeasured(name, 'needs nginx-proxy and nginx-file at the same connection count'));
      else {
        checks.push({
          name,
          pass: proxy.reqPerSec * 2 >= file.reqPerSec && failures(proxy) === 0,
          detail: `${top} connections: proxy ${formatRatio(proxy.reqPerSec, file.reqPerSec)} of file`,
        });
      }
    }
  }
  return checks;
}

export function formatChecks(checks: readonly TargetCheck[]): string {
  return checks.map((c) => `${c.pass === null ? 'SKIP' : c.pass ? 'PASS' : 'FAIL'}  ${c.name}: ${c.detail}`).join('\n');
}
