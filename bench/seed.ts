import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDb } from '../lib/db/connection.ts';
import { engineOf, sqlitePath } from '../lib/db/engine.ts';
import { migrateToLatest } from '../lib/db/migrate.ts';
import { UserFacingError } from '../lib/errors.ts';
import { runCli } from '../scripts/cli.ts';
import { BENCH_DEFAULTS, seedBench, type BenchPhase, type BenchProgress } from './dataset.ts';

/**
 * npm run bench:seed -- [--articles N] [--comments N] [--force]
 * Writes the benchmark dataset (bench/dataset.ts) to DATABASE_URL, by default its own SQLite file,
 * never the site's data/news.db.
 */
const DEFAULT_URL = 'file:bench/.data/bench.db';

await runCli(async () => {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        articles: { type: 'string', default: String(BENCH_DEFAULTS.articles) },
        comments: { type: 'string', default: String(BENCH_DEFAULTS.comments) },
        force: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    throw new UserFacingError(`${error instanceof Error ? error.message : String(error)}\nUsage: npm run bench:seed -- [--articles N] [--comments N] [--force]`);
  }
  const articles = wholeNumber('--articles', values.articles);
  const comments = wholeNumber('--comments', values.comments);
  const url = process.env.DATABASE_URL || DEFAULT_URL;
  let engine;
  try {
    engine = engineOf(url);
  } catch (error) {
    throw new UserFacingError(error instanceof Error ? error.message : String(error));
  }
  if (engine === 'sqlite') fs.mkdirSync(path.dirname(sqlitePath(url)), { recursive: true });

  const db = createDb(url);
  try {
    await migrateToLatest(db);
    const started = performance.now();
    const result = await seedBench(db, { articles, comments, force: values.force, onProgress: progressReporter() });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Seeded the benchmark dataset into ${describe(url)} (${engine}): ${result.articles} articles (${result.published} published), ` +
        `${result.comments} comments (largest thread ${result.largeThreadComments}), ${result.users} commenters in ${seconds} s.`,
    );
  } finally {
    await db.destroy();
  }
});

function wholeNumber(flag: string, value: string): number {
  if (!/^\d+$/.test(value.replace(/_/g, ''))) throw new UserFacingError(`${flag} must be a whole number, got "${value}".`);
  return Number(value.replace(/_/g, ''));
}

/** The URL without a password, for the summary line. */
function describe(url: string): string {
  if (url.startsWith('file:')) return url;
  const u = new URL(url);
  u.password = '';
  return u.toString();
}

/** A redrawn bar on a terminal; elsewhere (CI logs, pipes) one line per finished phase. */
function progressReporter(): (p: BenchProgress) => void {
  const tty = process.stderr.isTTY;
  const phaseStart = new Map<BenchPhase, number>();
  let lastDraw = 0;
  const count = (n: number) => n.toLocaleString('en-GB');
  return ({ phase, done, total }) => {
    const now = performance.now();
    if (!phaseStart.has(phase)) phaseStart.set(phase, now);
    const finished = done >= total;
    const elapsed = ((now - phaseStart.get(phase)!) / 1000).toFixed(1);
    if (!tty) {
      if (finished) process.stderr.write(`${phase}: ${count(done)}/${count(total)} in ${elapsed} s\n`);
      return;
    }
    // Redraw at most ten times a second, and always at the end of a phase.
    if (!finished && now - lastDraw < 100) return;
    lastDraw = now;
    const ratio = total === 0 ? 1 : done / total;
    const width = 30;
    const filled = Math.round(ratio * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    const line = `${phase.padEnd(12)} ${bar} ${String(Math.floor(ratio * 100)).padStart(3)}% ${count(done)}/${count(total)} ${elapsed} s`;
    process.stderr.write(`\r${line}\x1b[K${finished ? '\n' : ''}`);
  };
}
