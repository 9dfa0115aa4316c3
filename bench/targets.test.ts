import { describe, expect, it } from 'vitest';
import { checkTargets, formatChecks } from './targets.ts';
import type { Row } from './types.ts';

function row(route: string, connections: number, o: Partial<Row> = {}): Row {
  return {
    route,
    server: route === 'reference' ? 'reference' : route.startsWith('nginx') ? 'nginx' : 'next',
    connections,
    requests: 1000,
    seconds: 10,
    reqPerSec: 100,
    p50Ms: 1,
    p99Ms: 5,
    meanMs: 1,
    maxMs: 9,
    non2xx: 0,
    errors: 0,
    timeouts: 0,
    statusCodes: { 200: 1000 },
    ratioToReference: null,
    cpuMsPerRequest: 1,
    peakRssMb: 200,
    loadCpuPercent: 40,
    loadAverage: 0.5,
    ...o,
  };
}

const byName = (checks: ReturnType<typeof checkTargets>, start: string) => checks.find((c) => c.name.startsWith(start))!;

describe('checkTargets', () => {
  const good = [
    row('reference', 1, { reqPerSec: 10_000 }),
    row('reference', 50, { reqPerSec: 30_000, peakRssMb: 900 }),
    row('article', 1, { p50Ms: 1.9, p99Ms: 9.9 }),
    row('article', 50, { reqPerSec: 1000 }),
    row('first-render', 1, { p50Ms: 14 }),
    row('nginx-file', 50, { reqPerSec: 40_000 }),
    row('nginx-proxy', 50, { reqPerSec: 20_000 }),
  ];

  it('passes a run that meets every target (the reference process RSS does not count)', () => {
    const checks = checkTargets(good, { nginxPresent: true });
    expect(checks.map((c) => c.pass)).toEqual([true, true, true, true, true]);
    expect(byName(checks, 'cached article, 50').detail).toBe('1/30 of reference, 0 errors');
  });

  it('fails the throughput target below 1/30 or with any error', () => {
    const slow = good.map((r) => (r.route === 'article' && r.connections === 50 ? { ...r, reqPerSec: 999 } : r));
    expect(byName(checkTargets(slow, { nginxPresent: true }), 'cached article, 50').pass).toBe(false);
    const erring = good.map((r) => (r.route === 'article' && r.connections === 50 ? { ...r, timeouts: 1 } : r));
    expect(byName(checkTargets(erring, { nginxPresent: true }), 'cached article, 50').pass).toBe(false);
  });

  it('fails latency at the bounds (strictly below 2 ms, 10 ms and 15 ms)', () => {
    const edge = good.map((r) => (r.route === 'article' && r.connections === 1 ? { ...r, p99Ms: 10 } : r.route === 'first-render' ? { ...r, p50Ms: 15 } : r));
    const checks = checkTargets(edge, { nginxPresent: true });
    expect(byName(checks, 'cached article, 1').pass).toBe(false);
    expect(byName(checks, 'first render').pass).toBe(false);
  });

  it('fails when the Next server goes over 350 MB', () => {
    const fat = [...good, row('search', 50, { peakRssMb: 351 })];
    const check = byName(checkTargets(fat, { nginxPresent: true }), 'peak RSS');
    expect(check).toMatchObject({ pass: false, detail: 'peak 351 MB' });
  });

  it('fails the nginx target when the proxy is under half the file rate', () => {
    const slowProxy = good.map((r) => (r.route === 'nginx-proxy' ? { ...r, reqPerSec: 19_999 } : r));
    expect(byName(checkTargets(slowProxy, { nginxPresent: true }), 'nginx proxy').pass).toBe(false);
  });

  it('skips what was not measured, and says why', () => {
    const checks = checkTargets([row('home', 1)], { nginxPresent: false });
    expect(checks.map((c) => c.pass)).toEqual([null, null, null, true, null]);
    expect(formatChecks(checks)).toMatch(/^SKIP {2}nginx proxy.*\(nginx not installed\)$/m);
  });
});
