import { rssBytes, treeSnapshot } from './proc.ts';

/**
 * Watches a server's process tree during one measurement: CPU time between start and stop,
 * and the highest summed RSS, sampled every 100 ms (the tree is re-read once a second).
 */
export class TreeMonitor {
  private readonly root: number;
  private pids: number[] = [];
  private cpuAtStart = 0;
  private peak = 0;
  private samples = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(root: number) {
    this.root = root;
  }

  start() {
    const snap = treeSnapshot(this.root);
    this.pids = snap.pids;
    this.cpuAtStart = snap.cpuMs;
    this.peak = rssBytes(this.pids);
    this.timer = setInterval(() => {
      this.samples += 1;
      if (this.samples % 10 === 0) this.pids = treeSnapshot(this.root).pids;
      this.peak = Math.max(this.peak, rssBytes(this.pids));
    }, 100);
  }

  /** CPU milliseconds used by the tree since start(), and its peak RSS in bytes. */
  stop(): { cpuMs: number; peakRssBytes: number } {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    const snap = treeSnapshot(this.root);
    this.peak = Math.max(this.peak, rssBytes(snap.pids));
    return { cpuMs: snap.cpuMs - this.cpuAtStart, peakRssBytes: this.peak };
  }
}
