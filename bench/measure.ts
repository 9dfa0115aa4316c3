import path from 'node:path';
import { forkTracked, stopChild } from './children.ts';
import type { FromLoad, LoadSpec, ToLoad } from './load-spec.ts';
import { TreeMonitor } from './monitor.ts';
import type { LoadResult } from './types.ts';

const LOAD_MODULE = path.resolve('bench/load.ts');

export interface Measured {
  result: LoadResult;
  /** CPU ms per request and peak RSS in MB of the watched process trees. */
  cpuMsPerRequest: number | null;
  peakRssMb: number | null;
  /** Share of one core the load process used while measuring: near 100 %, the load generator, not the server, set the pace. */
  loadCpuPercent: number;
}

/**
 * One measurement: the load runs in a forked process; the server's process tree is watched only
 * between the load process's "ready" (warm-up done) and its result, so warm-up costs are not counted.
 */
export function measure(spec: LoadSpec, serverPids: number[]): Promise<Measured> {
  return new Promise((resolve, reject) => {
    // autocannon's timers go negative on an overloaded machine; Node's warning about it is noise in the table.
    const child = forkTracked(LOAD_MODULE, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [...process.execArgv, '--disable-warning=TimeoutNegativeWarning'] });
    const monitor = serverPids.length === 0 ? null : new TreeMonitor(serverPids);
    const loadMonitor = new TreeMonitor([child.pid!]);
    let settled = false;
    const finish = (error: Error | null, value?: Measured) => {
      if (settled) return;
      settled = true;
      void stopChild(child, 1_000);
      if (error) reject(error);
      else resolve(value!);
    };
    child.on('message', (message: FromLoad) => {
      if (message.type === 'ready') {
        monitor?.start();
        loadMonitor.start();
        child.send({ type: 'go' } satisfies ToLoad);
      } else if (message.type === 'result') {
        const usage = monitor?.stop();
        const load = loadMonitor.stop();
        // IPC carries JSON: a NaN (no responses, so no percentiles) arrives as null.
        const result = { ...message.result };
        for (const key of ['p50Ms', 'p99Ms', 'meanMs', 'maxMs'] as const) if (!Number.isFinite(result[key])) result[key] = Number.NaN;
        finish(null, {
          result,
          cpuMsPerRequest: usage && result.requests > 0 ? usage.cpuMs / result.requests : null,
          peakRssMb: usage ? usage.peakRssBytes / 1024 / 1024 : null,
          loadCpuPercent: (100 * load.cpuMs) / (result.seconds * 1000),
        });
      } else if (message.type === 'error') {
        monitor?.stop();
        loadMonitor.stop();
        finish(new Error(`load process (${spec.route}): ${message.message}`));
      }
    });
    child.once('exit', (code) => {
      monitor?.stop();
      loadMonitor.stop();
      finish(new Error(`load process (${spec.route}) exited (${code}) before reporting`));
    });
    child.send({ type: 'spec', spec } satisfies ToLoad);
  });
}
