import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { createDb } from '../lib/db/connection.ts';
import { migrateToLatest } from '../lib/db/migrate.ts';
import { seedDemo } from '../lib/seed/seed.ts';
import { formatFailing, formatTable, medianIndex, missedTargets, summarize, type RunSummary } from './lighthouse-report.ts';

/**
 * Lighthouse (mobile, simulated throttling: its default config) on the front page and a demo article,
 * against the production build serving a fresh demo database:
 *   npm run lighthouse [-- --runs 3] [--url http://127.0.0.1:3000] [--port 3500]
 * With --url it audits that running server instead (and builds, seeds and starts nothing).
 * Prints the median run per page, writes bench/results/lighthouse/, exits 1 when a target is missed.
 */
const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    runs: { type: 'string', default: '3' },
    port: { type: 'string' },
  },
});

const PAGES = [
  { name: 'home', path: '/' },
  // The demo's 1,500-word article with a hero image.
  { name: 'article', path: '/science/inside-the-aldine-tidal-observatory' },
];
const root = path.resolve(import.meta.dirname, '..');
const dataDir = path.join(root, 'bench/.data');
const resultsDir = path.join(root, 'bench/results/lighthouse');
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive whole number, got "${values.runs}"`);

let server: ChildProcess | undefined;
let chrome: chromeLauncher.LaunchedChrome | undefined;

/** Stops what this script started; safe to call twice. */
function cleanup() {
  try {
    chrome?.kill();
  } catch {
    // Already gone.
  }
  chrome = undefined;
  if (server?.pid && server.exitCode === null) {
    try {
      // The server runs in its own process group (detached): this ends `next start` and its workers.
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  server = undefined;
}
process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    cleanup();
    process.exit(130);
  });
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host: '127.0.0.1' }, () => probe.close(() => resolve(true)));
  });
}

/** The first free port from `start` (a fixed range, so parallel jobs on one machine can share it out). */
async function freePort(start: number, skip: number[] = []): Promise<number> {
  for (let port = start; port < start + 100; port++) {
    if (!skip.includes(port) && (await portIsFree(port))) return port;
  }
  throw new Error(`No free port in ${start}–${start + 99}`);
}

function buildIfMissing() {
  if (fs.existsSync(path.join(root, '.next/BUILD_ID'))) return;
  console.log('No production build: running npm run build …');
  // Like playwright.config.ts: the build must not read content, so its database cannot answer.
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: 'postgres://build@127.0.0.1:9/must-not-be-read' },
  });
  if (result.status !== 0) throw new Error('npm run build failed');
}

/** A fresh SQLite file with the demo publication, through the same code as `npm run db:seed`. */
async function freshDatabase(): Promise<string> {
  const file = path.join(dataDir, 'lighthouse.db');
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  const url = `file:${file}`;
  const db = createDb(url);
  try {
    await migrateToLatest(db);
    const result = await seedDemo(db, { force: true });
    console.log(`Demo database ready: ${result.published} published articles (${path.relative(root, file)})`);
  } finally {
    await db.destroy();
  }
  return url;
}

async function waitForServer(base: string, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server && server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`);
    try {
      const res = await fetch(`${base}/`, { signal: AbortSignal.timeout(10_000) });
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${base} did not answer within ${timeoutMs / 1000} s`);
}

async function startServer(port: number, databaseUrl: string): Promise<string> {
  const base = `http://127.0.0.1:${port}`;
  server = spawn('bash', [path.join(root, 'scripts/start.sh'), '-p', String(port)], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit'],
    // The production environment of playwright.config.ts, minus its test-only relaxations.
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      SITE_URL: base,
      LOG_LEVEL: 'warn',
      BETTER_AUTH_SECRET: 'lighthouse-secret-lighthouse-secret-lighthouse',
      MEDIA_DIR: path.join(dataDir, 'lighthouse-media'),
      SCHEDULER_INTERVAL_SECONDS: '0',
    },
  });
  await waitForServer(base);
  return base;
}

/**
 * Requests each page, and the optimised images it names, once: the first request renders the page
 * into the cache and resizes its images, and readers get those cached copies.
 */
async function warm(base: string) {
  for (const page of PAGES) {
    const res = await fetch(base + page.path);
    if (!res.ok) throw new Error(`${page.path} answered ${res.status}`);
    const html = await res.text();
    const images = new Set([...html.matchAll(/\/_next\/image\?[^"'\s,]+/g)].map((m) => m[0].replaceAll('&amp;', '&')));
    await Promise.all([...images].map((src) => fetch(base + src).then((r) => r.arrayBuffer())));
  }
}

async function audit(url: string, port: number): Promise<Result> {
  const flags: Flags = {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  };
  // No config: Lighthouse's default is a mobile device with simulated throttling.
  const result = await lighthouse(url, flags);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  return result.lhr;
}

async function main() {
  let base = values.url?.replace(/\/$/, '');
  const serverPort = values.port ? Number(values.port) : await freePort(3500);
  if (!base) {
    buildIfMissing();
    const databaseUrl = await freshDatabase();
    base = await startServer(serverPort, databaseUrl);
  }
  await warm(base);
  // Simulated throttling scales the CPU time it observes: a busy machine lowers the performance score.
  const loadAverage = os.loadavg().map((n) => Math.round(n * 100) / 100);

  chrome = await chromeLauncher.launch({
    chromePath,
    // The debugging port from the same range as the server's, away from other jobs' ports.
    port: await freePort(serverPort + 1, [serverPort]),
    // Root cannot use Chromium's sandbox.
    chromeFlags: ['--headless=new', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    logLevel: 'silent',
  });

  fs.mkdirSync(resultsDir, { recursive: true });
  const medians: RunSummary[] = [];
  const allRuns: Record<string, RunSummary[]> = {};
  let lighthouseVersion = '';
  for (const page of PAGES) {
    const lhrs: Result[] = [];
    for (let i = 0; i < runs; i++) {
      const lhr = await audit(base + page.path, chrome.port);
      lhrs.push(lhr);
      lighthouseVersion = lhr.lighthouseVersion;
      const s = summarize(page.name, lhr);
      console.log(`${page.name} run ${i + 1}/${runs}: performance ${s.scores.performance ?? '–'} (CPU benchmark ${s.benchmarkIndex ?? '–'})`);
    }
    const summaries = lhrs.map((lhr) => summarize(page.name, lhr));
    const median = medianIndex(summaries);
    medians.push(summaries[median]!);
    allRuns[page.name] = summaries;
    fs.writeFileSync(path.join(resultsDir, `${page.name}.lhr.json`), JSON.stringify(lhrs[median]));
  }
  cleanup();

  const missed = Object.fromEntries(medians.map((s) => [s.page, missedTargets(s)]));
  fs.writeFileSync(
    path.join(resultsDir, 'latest.json'),
    `${JSON.stringify({ base, runs, lighthouseVersion, loadAverage, medians, missed, allRuns }, null, 2)}\n`,
  );

  console.log(`\nMedian of ${runs} run(s) per page (Lighthouse ${lighthouseVersion} mobile, simulated throttling; load average ${loadAverage.join(' ')}):\n`);
  console.log(formatTable(medians));
  console.log(`\nResults: ${path.relative(root, resultsDir)}/latest.json (full reports: <page>.lhr.json)\n`);
  for (const s of medians) console.log(formatFailing(s));
  const failures = Object.entries(missed).filter(([, m]) => m.length > 0);
  if (failures.length > 0) {
    console.log('\nTargets missed:');
    for (const [page, m] of failures) console.log(`  ${page}: ${m.join('; ')}`);
    process.exitCode = 1;
  } else {
    console.log('\nAll targets met.');
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  cleanup();
}
