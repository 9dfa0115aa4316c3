import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { forkTracked, killAllNow, stopAll, stopChild, trackExternal } from './children.ts';
import { expectStatus, httpGet, replayableHeaders } from './http-get.ts';
import type { LoadSpec } from './load-spec.ts';
import { machineInfo } from './machine.ts';
import { measure } from './measure.ts';
import { build, hasBuild, startNext } from './next-server.ts';
import { parseOptions, USAGE, wants, type RouteName } from './options.ts';
import { nginxBinary, startNginxFile, startNginxProxy } from './nginx.ts';
import { prepareDataset } from './prepare-dataset.ts';
import { confirmedReaders, expectCommentPost } from './readers.ts';
import { formatMs } from './stats.ts';
import { resultsTable } from './table.ts';
import { checkTargets, formatChecks, REFERENCE_ROUTE } from './targets.ts';
import type { Row, ServerKind } from './types.ts';
import type { CommentListResponse } from '../lib/comments/contract.ts';

/**
 * npm run bench: build, seed, serve, measure every route against a bare node:http reference,
 * print a table and the targets, write bench/results/<time>.json and latest.json.
 */

const log = (line: string) => console.log(`[bench] ${line}`);
const FIRST_RENDER_WARMUP = 5;
const FIRST_RENDER_MAX = 300;
/** One reader per connection at most; spreading posts keeps each account far below its per-minute limit. */
const READERS = 50;

let options;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  process.exit(2);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
const opts = options;

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n[bench] ${signal}: stopping every process the run started…`);
    void stopAll().finally(() => process.exit(130));
  });
}
process.on('exit', killAllNow);

async function main() {
  const started = new Date();
  const runId = started.toISOString().replace(/\D/g, '').slice(0, 14);
  const ports = { next: opts.port, reference: opts.port + 1, nginxProxy: opts.port + 2, nginxFile: opts.port + 3 };

  if (opts.skipBuild && hasBuild()) log('Reusing the existing .next build (--skip-build).');
  else {
    if (opts.skipBuild) log('--skip-build: there is no .next build yet, building.');
    log('Building the production site (DATABASE_URL points nowhere: the build must not read content)…');
    await build();
  }

  const dataset = await prepareDataset(opts.dataset, log);
  const { fixtures } = dataset;
  log(`Dataset ${dataset.name}: ${dataset.sizes.publishedArticles} published articles, ${dataset.sizes.comments} comments (${dataset.source}).`);

  log(`Starting next start on port ${ports.next}…`);
  const server = await startNext(ports.next, dataset.databaseUrl);
  const url = (p: string) => server.origin + p;

  // Warm and check every cached route: a broken route stops the run instead of measuring an error page.
  const searchPath = `/search?q=${encodeURIComponent(fixtures.searchQuery)}`;
  const pagePaths: Partial<Record<RouteName, string>> = { home: '/', article: fixtures.articlePath, section: fixtures.sectionPath, search: searchPath };
  for (const [route, p] of Object.entries(pagePaths)) {
    for (let i = 0; i < 3; i++) await expectStatus(route, url(p));
  }
  const commentsPath = `/api/articles/${fixtures.largeThread.articleId}/comments`;
  const page1 = JSON.parse((await expectStatus('comments-page-2', url(commentsPath))).toString('utf8')) as CommentListResponse;
  if (!page1.nextCursor) throw new Error(`route "comments-page-2" is broken: ${commentsPath} has no second page (total ${page1.total})`);
  const page2Path = `${commentsPath}?cursor=${encodeURIComponent(page1.nextCursor)}`;
  await expectStatus('comments-page-2', url(page2Path));

  // The reference: the cached article's exact bytes and headers as autocannon receives them.
  const captured = await httpGet(url(fixtures.articlePath));
  if (captured.headers['x-nextjs-cache'] !== 'HIT') log(`note: the captured article answered x-nextjs-cache: ${String(captured.headers['x-nextjs-cache'])}`);
  const bodyFile = path.resolve('bench/.data/reference-body.html');
  fs.writeFileSync(bodyFile, captured.body);
  const reference = forkTracked(path.resolve('bench/reference-server.ts'), [String(ports.reference), bodyFile, JSON.stringify(replayableHeaders(captured.headers))], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve, reject) => {
    reference.once('message', () => resolve());
    reference.once('exit', (code) => reject(new Error(`reference server exited (${code})`)));
  });
  const referenceOrigin = `http://127.0.0.1:${ports.reference}`;
  await expectStatus(REFERENCE_ROUTE, `${referenceOrigin}/`);
  log(`Reference: node:http on port ${ports.reference} serving ${captured.body.length} bytes of ${fixtures.articlePath}.`);

  const firstRender = fixtures.firstRenderPaths.slice(0, FIRST_RENDER_WARMUP + FIRST_RENDER_MAX);
  if (wants(opts, 'first-render') && firstRender.length <= FIRST_RENDER_WARMUP) throw new Error('not enough never-requested articles for first-render');

  // nginx, when installed: deploy/nginx.conf in front of this server, and nginx serving the captured bytes.
  const nginxBin = nginxBinary();
  let nginx: { file: { pid: number; stop: () => Promise<void> }; proxy: { pid: number; stop: () => Promise<void> }; fileOrigin: string; proxyOrigin: string } | null = null;
  if (!nginxBin) log('nginx is not installed: no nginx rows.');
  else if (wants(opts, 'nginx-proxy') || wants(opts, 'nginx-file')) {
    const file = trackExternal(await startNginxFile({ listenPort: ports.nginxFile, file: bodyFile, contentType: String(captured.headers['content-type']) }));
    const proxy = trackExternal(await startNginxProxy({ listenPort: ports.nginxProxy, upstreamPorts: [ports.next] }));
    nginx = { file, proxy, fileOrigin: `http://127.0.0.1:${ports.nginxFile}`, proxyOrigin: `http://127.0.0.1:${ports.nginxProxy}` };
    await expectStatus('nginx-file', `${nginx.fileOrigin}/`);
    for (let i = 0; i < 3; i++) await expectStatus('nginx-proxy', `${nginx.proxyOrigin}${fixtures.articlePath}`);
    log(`nginx (${nginxBin}): proxy on port ${ports.nginxProxy}, file on port ${ports.nginxFile}.`);
  }

  let readerCookies: string[] = [];
  if (wants(opts, 'comment-post')) {
    log(`Signing up ${READERS} readers and confirming their emails (real sign-up endpoint and mailed link)…`);
    readerCookies = await confirmedReaders(server.origin, dataset.databaseUrl, READERS, runId);
    await expectCommentPost(server.origin, fixtures.commentTarget.articleId, readerCookies[0]!, runId);
  }

  const rows: Row[] = [];
  const timed = { duration: opts.duration, warmup: opts.warmup };
  const run = async (route: string, spec: LoadSpec, serverKind: ServerKind, pids: number[]) => {
    if (interrupted) return;
    process.stdout.write(`[bench] ${route} × ${spec.connections}… `);
    const loadAverage = os.loadavg()[0]!;
    const m = await measure(spec, pids);
    const ref = rows.find((r) => r.route === REFERENCE_ROUTE && r.connections === spec.connections);
    const failures = m.result.non2xx + m.result.errors + m.result.timeouts;
    console.log(`${Math.round(m.result.reqPerSec)} req/s, p50 ${formatMs(m.result.p50Ms)} ms${failures ? `, ${failures} errors ${JSON.stringify(m.result.statusCodes)}` : ''}`);
    rows.push({
      ...m.result,
      route,
      server: serverKind,
      connections: spec.connections,
      ratioToReference: ref && route !== REFERENCE_ROUTE ? m.result.reqPerSec / ref.reqPerSec : null,
      cpuMsPerRequest: m.cpuMsPerRequest,
      peakRssMb: m.peakRssMb,
      loadCpuPercent: m.loadCpuPercent,
      loadAverage,
    });
  };
  const fixed = (route: string, origin: string, p: string, connections: number): LoadSpec => ({ kind: 'fixed', route, origin, path: p, connections, expectStatus: 200, ...timed });

  for (const c of opts.connections) await run(REFERENCE_ROUTE, fixed(REFERENCE_ROUTE, referenceOrigin, '/', c), 'reference', [reference.pid!]);
  const simple: [RouteName, string][] = [
    ['home', '/'],
    ['article', fixtures.articlePath],
    ['section', fixtures.sectionPath],
    ['comments-page-2', page2Path],
    ['search', searchPath],
  ];
  for (const [route, p] of simple) {
    if (!wants(opts, route)) continue;
    for (const c of opts.connections) await run(route, fixed(route, server.origin, p, c), 'next', [server.pid]);
  }
  if (nginx) {
    if (wants(opts, 'nginx-file')) for (const c of opts.connections) await run('nginx-file', fixed('nginx-file', nginx.fileOrigin, '/', c), 'nginx', [nginx.file.pid]);
    if (wants(opts, 'nginx-proxy')) for (const c of opts.connections) await run('nginx-proxy', fixed('nginx-proxy', nginx.proxyOrigin, fixtures.articlePath, c), 'nginx+next', [nginx.proxy.pid, server.pid]);
  }
  // long-tail reads back the pages first-render renders, so it brings that row with it.
  if (wants(opts, 'first-render') || wants(opts, 'long-tail')) {
    const spec: LoadSpec = {
      kind: 'paths',
      route: 'first-render',
      origin: server.origin,
      connections: 1,
      expectStatus: 200,
      warmupPaths: firstRender.slice(0, FIRST_RENDER_WARMUP),
      paths: firstRender.slice(FIRST_RENDER_WARMUP),
    };
    await run('first-render', spec, 'next', [server.pid]);
    const hits = rows.at(-1)?.cacheHits ?? 0;
    if (hits > 0) log(`warning: ${hits} first-render requests were cache hits (x-nextjs-cache: HIT)`);
    if (wants(opts, 'long-tail')) {
      // The same pages again, oldest first: most have left the memory cache (CACHE_MEMORY_MB) and are
      // read back from disk, as for readers spread over more stories than memory holds.
      await run('long-tail', { ...spec, route: 'long-tail', warmupPaths: [] }, 'next', [server.pid]);
      const misses = spec.paths.length - (rows.at(-1)?.cacheHits ?? 0);
      if (misses > 0) log(`warning: ${misses} long-tail requests were not cache hits (rendered again)`);
    }
  }
  if (wants(opts, 'comment-post')) {
    // Last: it writes to the database and revalidates its article.
    for (const c of opts.connections) {
      await run(
        'comment-post',
        { kind: 'comment-post', route: 'comment-post', origin: server.origin, articleId: fixtures.commentTarget.articleId, cookies: readerCookies, connections: c, expectStatus: 201, runId: `${runId}c${c}`, ...timed },
        'next',
        [server.pid],
      );
    }
  }

  await stopChild(reference);
  await nginx?.file.stop();
  await nginx?.proxy.stop();
  await server.stop();
  const finished = new Date();
  const targets = checkTargets(rows, { nginxPresent: nginxBin !== null });

  console.log(`\n${resultsTable(rows, REFERENCE_ROUTE)}\n`);
  const saturated = rows.filter((r) => r.loadCpuPercent >= 90);
  if (saturated.length) {
    console.log(`Load generator busy ≥ 90 % of a core (its pace, not the server's, may show): ${saturated.map((r) => `${r.route}×${r.connections} ${Math.round(r.loadCpuPercent)} %`).join(', ')}\n`);
  }
  console.log(formatChecks(targets));

  const report = {
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    wallSeconds: (finished.getTime() - started.getTime()) / 1000,
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    options: opts,
    machine: machineInfo(),
    dataset: { name: dataset.name, source: dataset.source, ...dataset.sizes, largeThreadComments: fixtures.largeThread.comments, firstRenderPages: firstRender.length - FIRST_RENDER_WARMUP },
    referenceBytes: captured.body.length,
    rows,
    targets,
  };
  fs.mkdirSync('bench/results', { recursive: true });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const file = path.join('bench/results', `${started.toISOString().replace(/:/g, '-')}.json`);
  fs.writeFileSync(file, json);
  fs.writeFileSync('bench/results/latest.json', json);
  log(`Wrote ${file} and bench/results/latest.json (${report.wallSeconds.toFixed(0)} s in all).`);
}

main().then(
  () => process.exit(0),
  async (error: unknown) => {
    // After Ctrl-C the servers are being stopped: requests failing then are expected, not news.
    if (interrupted) return;
    console.error(`\n[bench] failed: ${error instanceof Error ? error.message : String(error)}`);
    await stopAll();
    process.exit(1);
  },
);
