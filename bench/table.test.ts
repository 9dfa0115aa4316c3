import { describe, expect, it } from 'vitest';
import { resultsTable } from './table.ts';
import type { Row } from './types.ts';

function row(route: string, connections: number, reqPerSec: number, extra: Partial<Row> = {}): Row {
  return {
    route,
    server: route === 'reference' ? 'reference' : 'next',
    connections,
    requests: reqPerSec * 10,
    seconds: 10,
    reqPerSec,
    p50Ms: 1.234,
    p99Ms: 45.6,
    meanMs: 2,
    maxMs: 80,
    non2xx: 0,
    errors: 0,
    timeouts: 0,
    statusCodes: { 200: reqPerSec * 10 },
    ratioToReference: null,
    cpuMsPerRequest: 0.8,
    peakRssMb: 201.4,
    loadCpuPercent: 40,
    loadAverage: 0.5,
    ...extra,
  };
}

describe('resultsTable', () => {
  const rows = [row('reference', 1, 12_000), row('reference', 50, 30_000), row('article', 1, 500), row('article', 50, 1000, { non2xx: 2, timeouts: 1 })];
  const lines = resultsTable(rows, 'reference').split('\n');

  it('has a header, a rule and one line per row', () => {
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(/^route\s+conns\s+req\/s\s+vs ref\s+p50 ms\s+p99 ms\s+errors\s+CPU ms\/req\s+peak RSS MB$/);
    expect(lines[1]).toMatch(/^-+( +-+){8}$/);
  });

  it('gives each row its ratio to the reference at the same connection count', () => {
    expect(lines[4]).toContain('1/24');
    expect(lines[5]).toContain('1/30');
  });

  it('counts non-2xx answers, errors and timeouts together, and formats numbers', () => {
    expect(lines[5]!.split(/\s+/)).toEqual(['article', '50', '1000', '1/30', '1.23', '45.6', '3', '0.80', '201']);
  });

  it('aligns columns', () => {
    const ends = lines.filter((_, i) => i !== 1).map((l) => l.indexOf('1.23') === -1 ? null : l.indexOf('1.23'));
    expect(new Set(ends.filter((e) => e !== null)).size).toBe(1);
  });
});
