import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createDb } from '../lib/db/connection.ts';
import { spawnTracked } from './children.ts';
import type { BenchFixtures } from './dataset-contract.ts';
import { demoFixtures } from './fixtures-demo.ts';
import type { DatasetName } from './options.ts';

/**
 * The database a run serves. Each dataset is seeded once into a pristine file (the bench dataset is
 * reused while a marker says it was made by the same generator and migrations), then copied to a
 * per-run file: the run's sign-ups and comment posts never accumulate in the pristine copy.
 */

const DATA_DIR = 'bench/.data';

export interface PreparedDataset {
  name: DatasetName;
  databaseUrl: string;
  fixtures: BenchFixtures;
  sizes: { publishedArticles: number; comments: number };
  /** How the pristine copy came to be, for the log and the JSON. */
  source: 'seeded' | 'reused';
}

/** What the bench dataset depends on: the generator's code and the schema's migrations. */
function datasetVersion(): string {
  const hash = createHash('sha256');
  for (const file of ['bench/dataset.ts', 'bench/vocabulary.ts', 'bench/seed.ts']) {
    if (fs.existsSync(file)) hash.update(file).update(fs.readFileSync(file));
  }
  for (const migration of fs.readdirSync('lib/db/migrations').sort()) hash.update(migration).update(fs.readFileSync(path.join('lib/db/migrations', migration)));
  return hash.digest('hex').slice(0, 16);
}

function runNode(script: string, args: string[], databaseUrl: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // stderr inherited: the seed's progress bar draws on the terminal.
    const child = spawnTracked(process.execPath, [script, ...args], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DATABASE_URL: databaseUrl } });
    child.once('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${script} failed (${signal ?? `exit ${code}`})`))));
  });
}

function removeDb(file: string) {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
}

function copyDb(from: string, to: string) {
  removeDb(to);
  fs.copyFileSync(from, to);
  if (fs.existsSync(`${from}-wal`)) fs.copyFileSync(`${from}-wal`, `${to}-wal`);
}

async function sizesOf(databaseUrl: string) {
  const db = createDb(databaseUrl);
  try {
    const articles = await db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'published').executeTakeFirstOrThrow();
    const comments = await db.selectFrom('comments').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return { publishedArticles: Number(articles.n), comments: Number(comments.n) };
  } finally {
    await db.destroy();
  }
}

async function pristineBench(log: (line: string) => void): Promise<{ file: string; source: 'seeded' | 'reused' }> {
  const file = path.join(DATA_DIR, 'bench.db');
  const markerFile = `${file}.marker.json`;
  const version = datasetVersion();
  const marker = fs.existsSync(markerFile) ? (JSON.parse(fs.readFileSync(markerFile, 'utf8')) as { version?: string }) : null;
  if (marker?.version === version && fs.existsSync(file)) {
    log(`Reusing the bench dataset in ${file} (dataset version ${version}; delete the file to reseed).`);
    return { file, source: 'reused' };
  }
  log(marker ? `The bench dataset in ${file} is from another dataset version: reseeding.` : `Seeding the bench dataset into ${file} (once; later runs reuse it).`);
  fs.rmSync(markerFile, { force: true });
  removeDb(file);
  await runNode('bench/seed.ts', ['--force'], `file:${file}`);
  fs.writeFileSync(markerFile, `${JSON.stringify({ version, seededAt: new Date().toISOString() }, null, 2)}\n`);
  return { file, source: 'seeded' };
}

async function pristineDemo(log: (line: string) => void): Promise<{ file: string; source: 'seeded' }> {
  // The demo's dates are relative to now: seed it afresh each run (a fraction of a second).
  const file = path.join(DATA_DIR, 'demo.db');
  log(`Seeding the demo publication into ${file}.`);
  removeDb(file);
  await runNode('scripts/seed.ts', ['--force'], `file:${file}`);
  return { file, source: 'seeded' };
}

export async function prepareDataset(name: DatasetName, log: (line: string) => void): Promise<PreparedDataset> {
  fs.mkdirSync(DATA_DIR, { recursive: true });
  const pristine = name === 'bench' ? await pristineBench(log) : await pristineDemo(log);
  const runFile = path.join(DATA_DIR, `run-${name}.db`);
  copyDb(pristine.file, runFile);
  const databaseUrl = `file:${runFile}`;
  const fixtures = name === 'bench' ? (await import('./dataset.ts')).benchFixtures() : await demoFixtures(databaseUrl);
  return { name, databaseUrl, fixtures, sizes: await sizesOf(databaseUrl), source: pristine.source };
}
