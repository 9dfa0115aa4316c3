import { fork, spawn, type ChildProcess, type ForkOptions, type SpawnOptions } from 'node:child_process';

/**
 * Every process the runner starts is registered here and stopped on exit, Ctrl-C or error.
 * Long-lived servers get their own process group (detached) so the whole group, and only it, is stopped.
 */

const live = new Set<ChildProcess>();

function track(child: ChildProcess): ChildProcess {
  live.add(child);
  child.once('exit', () => live.delete(child));
  return child;
}

export function spawnTracked(command: string, args: string[], options: SpawnOptions): ChildProcess {
  return track(spawn(command, args, options));
}

export function forkTracked(module: string, args: string[], options: ForkOptions): ChildProcess {
  return track(fork(module, args, options));
}

function signalGroupOrProcess(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    // A detached child leads its own group: signal the group (its descendants too).
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

/** Stops one child (SIGTERM, then SIGKILL after `graceMs`), resolving when it has exited. */
export function stopChild(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => signalGroupOrProcess(child, 'SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    signalGroupOrProcess(child, 'SIGTERM');
  });
}

/** Processes started by other modules (nginx): how to stop them, and their pid for a last-resort kill. */
const external = new Set<{ pid: number; stop: () => Promise<void> }>();

export function trackExternal(handle: { pid: number; stop: () => Promise<void> }) {
  external.add(handle);
  return {
    pid: handle.pid,
    stop: async () => {
      external.delete(handle);
      await handle.stop();
    },
  };
}

export async function stopAll(): Promise<void> {
  await Promise.all([...[...live].map((child) => stopChild(child)), ...[...external].map((h) => h.stop())]);
  external.clear();
}

/** Synchronous last resort for process exit (no awaiting possible there). */
export function killAllNow() {
  for (const child of live) signalGroupOrProcess(child, 'SIGKILL');
  for (const { pid } of external) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}
