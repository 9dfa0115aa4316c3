import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

/** Where a run happened, for the JSON: figures are only comparable on the same machine. */
export function machineInfo() {
  const git = (args: string[]) => {
    try {
      return execFileSync('git', args, { encoding: 'utf8' }).trim();
    } catch {
      return null;
    }
  };
  const version = (pkg: string) => (JSON.parse(fs.readFileSync(`node_modules/${pkg}/package.json`, 'utf8')) as { version: string }).version;
  return {
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    totalMemoryMb: Math.round(os.totalmem() / 1024 / 1024),
    loadAverageAtStart: os.loadavg(),
    platform: `${os.type()} ${os.release()}`,
    nodeVersion: process.version,
    nextVersion: version('next'),
    loadGenerator: `autocannon ${version('autocannon')}`,
    gitCommit: git(['rev-parse', 'HEAD']),
    // Results written by earlier runs do not make the measured code dirty.
    gitDirty: (git(['status', '--porcelain', '--', '.', ':!bench/results']) ?? '') !== '',
  };
}
