import fs from 'node:fs';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { spawnTracked, stopChild } from './children.ts';

/** Building and serving the production site the way playwright.config.ts does. */

export const BUILD_DATABASE_URL = 'postgres://build@127.0.0.1:9/must-not-be-read';
const START_SCRIPT = path.resolve('scripts/start.sh');

export function hasBuild(): boolean {
  return fs.existsSync('.next/BUILD_ID');
}

/** `npm run build` pointed at a database that cannot answer: the build must not read content. */
export function build(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawnTracked('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, DATABASE_URL: BUILD_DATABASE_URL } });
    child.once('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`npm run build failed (${signal ?? `exit ${code}`})`))));
  });
}

/**
 * Production settings for the measured server. Limits that would refuse a benchmark's traffic are
 * raised so the comment-post row measures the posting path, not the limiter; the scheduler tick is
 * off so background work does not land in the CPU figures.
 */
export function serverEnv(databaseUrl: string, origin: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    SITE_URL: origin,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    BETTER_AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
    COMMENTS_TRUSTED_AFTER: '0',
    COMMENTS_RATE_PER_MINUTE: '1000',
    AUTH_SIGNUPS_PER_MINUTE: '10000',
    SCHEDULER_INTERVAL_SECONDS: '0',
    MEDIA_DIR: 'bench/.data/media',
    // The load generator stands in for the reverse proxy: each simulated reader's address arrives in
    // X-Forwarded-For (bench/load.ts), so per-address limits see each reader rather than one address.
    TRUSTED_PROXIES: '127.0.0.1,::1',
    NEXT_TELEMETRY_DISABLED: '1',
  };
}

export interface RunningServer {
  child: ChildProcess;
  pid: number;
  origin: string;
  /** The server's stderr and stdout so far, for error messages. */
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * `next start` through scripts/start.sh, the production start (its memory settings included). The
 * script ends by exec-ing node, so the child's pid is the server's and the tree is just the server.
 * It runs in its own process group. Pages rendered at runtime are cached under .next/server/route-cache and
 * survive restarts: that directory is cleared first, so every run starts cold and never serves pages
 * of another dataset.
 */
export async function startNext(port: number, databaseUrl: string): Promise<RunningServer> {
  fs.rmSync('.next/server/route-cache', { recursive: true, force: true });
  const origin = `http://127.0.0.1:${port}`;
  const child = spawnTracked('bash', [START_SCRIPT, '-p', String(port), '-H', '127.0.0.1'], {
    env: serverEnv(databaseUrl, origin),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const server: RunningServer = { child, pid: child.pid!, origin, output: () => output, stop: () => stopChild(child) };
  await waitUntilServing(server, 60_000);
  return server;
}

async function waitUntilServing(server: RunningServer, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`next start exited (${server.child.exitCode}):\n${server.output()}`);
    try {
      const response = await fetch(`${server.origin}/robots.txt`, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`next start did not answer within ${timeoutMs / 1000} s:\n${server.output()}`);
}
