import { describe, expect, it } from 'vitest';
import { descendants, parseStat, parseVmRssBytes, treeSnapshot } from './proc.ts';

// A real /proc/<pid>/stat line, with a command name holding a space and a parenthesis.
const STAT = '4242 (next-server (v16.4.6)) S 4200 4242 4200 0 -1 4194560 51234 0 12 0 1520 310 0 0 20 0 11 0 123456 1234567890 61234 18446744073709551615 1 1 0 0 0 0 0 16781312 134234626 0 0 0 17 1 0 0 0 0 0';

describe('parseStat', () => {
  it('reads pid, parent and user + system time past a command name with spaces and parentheses', () => {
    expect(parseStat(STAT)).toEqual({ pid: 4242, ppid: 4200, cpuTicks: 1520 + 310 });
  });

  it('refuses text that is not a stat line', () => {
    expect(() => parseStat('hello')).toThrow(/not a \/proc stat line/);
  });

  it('reads this very process', () => {
    const snap = treeSnapshot(process.pid);
    expect(snap.pids[0]).toBe(process.pid);
    expect(snap.cpuMs).toBeGreaterThan(0);
  });
});

describe('parseVmRssBytes', () => {
  it('reads VmRSS in bytes', () => {
    expect(parseVmRssBytes('Name:\tnode\nVmPeak:\t  900 kB\nVmRSS:\t  204800 kB\nThreads:\t11\n')).toBe(204_800 * 1024);
  });

  it('is 0 for a process without memory (a zombie)', () => {
    expect(parseVmRssBytes('Name:\tnode\nState:\tZ (zombie)\n')).toBe(0);
  });
});

describe('descendants', () => {
  it('collects the whole tree under a root and nothing beside it', () => {
    const stats = [
      { pid: 1, ppid: 0, cpuTicks: 0 },
      { pid: 10, ppid: 1, cpuTicks: 0 },
      { pid: 11, ppid: 10, cpuTicks: 0 },
      { pid: 12, ppid: 11, cpuTicks: 0 },
      { pid: 20, ppid: 1, cpuTicks: 0 },
    ];
    expect(descendants(10, stats).sort()).toEqual([10, 11, 12]);
    expect(descendants(20, stats)).toEqual([20]);
  });
});
