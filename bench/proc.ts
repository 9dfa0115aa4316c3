import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * Server cost from /proc: CPU time (utime + stime) and resident memory of a process and all its
 * descendants, because `next start` may run the server in a child process.
 */

export interface ProcStat {
  pid: number;
  ppid: number;
  /** User + system CPU time, in clock ticks. */
  cpuTicks: number;
}

/** Parses /proc/<pid>/stat. The command name may hold spaces and parentheses, so fields are counted from the last ')'. */
export function parseStat(text: string): ProcStat {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) throw new Error(`not a /proc stat line: ${text.slice(0, 80)}`);
  const pid = Number(text.slice(0, open).trim());
  // After ')': field 3 (state) is index 0, so field n is index n - 3.
  const rest = text.slice(close + 2).trim().split(/\s+/);
  const field = (n: number) => Number(rest[n - 3]);
  const stat = { pid, ppid: field(4), cpuTicks: field(14) + field(15) };
  if (![stat.pid, stat.ppid, stat.cpuTicks].every(Number.isFinite)) throw new Error(`unreadable /proc stat line: ${text.slice(0, 80)}`);
  return stat;
}

/** VmRSS from /proc/<pid>/status, in bytes (0 when absent, as for a zombie). */
export function parseVmRssBytes(status: string): number {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

/** The pids of `root` and all its descendants, given every process's parent. */
export function descendants(root: number, stats: readonly ProcStat[]): number[] {
  const children = new Map<number, number[]>();
  for (const s of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s.pid]);
  const out: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    if (out.includes(pid)) continue;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

function readStat(pid: number): ProcStat | null {
  try {
    return parseStat(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return null; // the process ended meanwhile
  }
}

/** Every live process's stat (one pass over /proc). */
export function allStats(): ProcStat[] {
  return fs
    .readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readStat(Number(name)))
    .filter((s): s is ProcStat => s !== null);
}

let ticksPerSecond: number | null = null;
/** USER_HZ, almost always 100. */
export function clockTicksPerSecond(): number {
  if (ticksPerSecond === null) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** A process tree: its pids now, and their summed CPU time in milliseconds. */
export function treeSnapshot(root: number): { pids: number[]; cpuMs: number } {
  const stats = allStats();
  const pids = descendants(root, stats).filter((pid) => stats.some((s) => s.pid === pid));
  const ticks = stats.filter((s) => pids.includes(s.pid)).reduce((sum, s) => sum + s.cpuTicks, 0);
  return { pids, cpuMs: (ticks * 1000) / clockTicksPerSecond() };
}

/** Summed resident memory of the given pids, in bytes. */
export function rssBytes(pids: readonly number[]): number {
  let total = 0;
  for (const pid of pids) {
    try {
      total += parseVmRssBytes(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    } catch {
      // ended meanwhile
    }
  }
  return total;
}
