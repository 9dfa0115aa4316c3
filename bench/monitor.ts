import { rssBytes, treeSnapshot } from './proc.ts';

/**
 * Watches the process trees serving a route during one measurement: CPU time between start and stop,
 * and the highest summed RSS, sampled every 100 ms (the tree is re-read once a second).
 */
export class TreeMonitor {
  private readonly roots: number[];
  private pids: number[] = [];
  private cpuAtStart = 0;
  private peak = 0;
  private samples = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(roots: number[]) {
    this.roots = roots;
  }

  private snapshot() {
    const snaps = this.roots.map((root) => treeSnapshot(root));
    return { pids: snaps.flatMap((s) => s.pids), cpuMs: snaps.reduce((sum, s) => sum + s.cpuMs, 0) };
  }

  start() {
    const snap = this.snapshot();
    this.pids = snap.pids;
    this.cpuAtStart = snap.cpuMs;
    this.peak = rssBytes(this.pids);
    this.timer = setInterval(() => {
      this.samples += 1;
      if (this.samples % 10 === 0) this.pids = this.snapshot().pids;
      this.peak = Math.max(this.peak, rssBytes(this.pids));
    }, 100);
  }

  /** CPU milliseconds used by the tree since start(), and its peak RSS in bytes. */
  stop(): { cpuMs: number; peakRssBytes: number } {
    if (!this.timer) return { cpuMs: 0, peakRssBytes: this.peak };
    clearInterval(this.timer);
    this.timer = null;
    const snap = this.snapshot();
    this.peak = Math.max(this.peak, rssBytes(snap.pids));
    return { cpuMs: snap.cpuMs - this.cpuAtStart, peakRssBytes: this.peak };
  }
}
