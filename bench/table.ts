import { formatMs, formatRatio } from './stats.ts';
import type { Row } from './types.ts';

/** The report table as aligned plain text (unit-tested). */

const HEADERS = ['route', 'conns', 'req/s', 'vs ref', 'p50 ms', 'p99 ms', 'errors', 'CPU ms/req', 'peak RSS MB'] as const;
const RIGHT_ALIGNED = new Set<string>(['conns', 'req/s', 'vs ref', 'p50 ms', 'p99 ms', 'errors', 'CPU ms/req', 'peak RSS MB']);

export function rowCells(row: Row, referenceReqPerSec: number | undefined): string[] {
  const failures = row.non2xx + row.errors + row.timeouts;
  return [
    row.route,
    String(row.connections),
    row.reqPerSec >= 100 ? Math.round(row.reqPerSec).toString() : row.reqPerSec.toFixed(1),
    referenceReqPerSec ? formatRatio(row.reqPerSec, referenceReqPerSec) : '–',
    formatMs(row.p50Ms),
    formatMs(row.p99Ms),
    String(failures),
    row.cpuMsPerRequest === null ? '–' : formatMs(row.cpuMsPerRequest),
    row.peakRssMb === null ? '–' : Math.round(row.peakRssMb).toString(),
  ];
}

export function renderTable(headers: readonly string[], lines: readonly string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const format = (cells: readonly string[]) =>
    cells.map((cell, i) => (RIGHT_ALIGNED.has(headers[i]!) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  return [format(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(format)].join('\n');
}

/** The results table: each row's ratio is to the reference row at the same connection count. */
export function resultsTable(rows: readonly Row[], referenceRoute: string): string {
  const reference = new Map(rows.filter((r) => r.route === referenceRoute).map((r) => [r.connections, r.reqPerSec]));
  return renderTable(
    HEADERS,
    rows.map((row) => rowCells(row, row.route === referenceRoute ? undefined : reference.get(row.connections))),
  );
}
