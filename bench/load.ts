import http from 'node:http';
import autocannon from 'autocannon';
import type { CommentPostSpec, FixedSpec, FromLoad, LoadSpec, PathsSpec, ToLoad } from './load-spec.ts';
import { summarize } from './stats.ts';
import type { LoadResult } from './types.ts';

/**
 * The load generator, in its own process so it never shares an event loop (or a core's time slice
 * accounting) with the runner. Protocol over IPC: spec → (warm-up) → ready → go → (measure) → result.
 * Latencies are recorded per response with autocannon's float response time (its own histogram
 * rounds to whole milliseconds, too coarse for a 2 ms target).
 */

function send(message: FromLoad) {
  process.send!(message);
}

function waitForGo(): Promise<void> {
  return new Promise((resolve) => {
    const onMessage = (message: ToLoad) => {
      if (message.type === 'go') {
        process.off('message', onMessage);
        resolve();
      }
    };
    process.on('message', onMessage);
  });
}

type Setup = Pick<autocannon.Options, 'requests' | 'headers' | 'method'> & { path: string };

interface Tally {
  latencies: number[];
  statusCodes: Record<string, number>;
}

function cannon(spec: FixedSpec | CommentPostSpec, setup: Setup, seconds: number, tally: Tally | null): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.origin + setup.path,
        connections: spec.connections,
        duration: seconds,
        timeout: 10,
        // Only what is set: autocannon treats a key given as undefined as a value.
        ...(setup.method ? { method: setup.method } : {}),
        ...(setup.headers ? { headers: setup.headers } : {}),
        ...(setup.requests ? { requests: setup.requests } : {}),
      },
      (err: Error | null, result: autocannon.Result) => (err ? reject(err) : resolve(result)),
    );
    if (tally) {
      instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTimeMs: number) => {
        tally.latencies.push(responseTimeMs);
        tally.statusCodes[statusCode] = (tally.statusCodes[statusCode] ?? 0) + 1;
      });
    }
  });
}

function toResult(tally: Tally, seconds: number, expectStatus: number, errors: number, timeouts: number): LoadResult {
  const s = summarize(tally.latencies);
  const expected = tally.statusCodes[expectStatus] ?? 0;
  return {
    requests: s.count,
    seconds,
    reqPerSec: s.count / seconds,
    p50Ms: s.p50,
    p99Ms: s.p99,
    meanMs: s.mean,
    maxMs: s.max,
    non2xx: s.count - expected,
    errors: errors - timeouts,
    timeouts,
    statusCodes: tally.statusCodes,
  };
}

async function runTimed(spec: FixedSpec | CommentPostSpec, setup: Setup): Promise<LoadResult> {
  if (spec.warmup > 0) await cannon(spec, setup, spec.warmup, null);
  send({ type: 'ready' });
  await waitForGo();
  const tally: Tally = { latencies: [], statusCodes: {} };
  const started = process.hrtime.bigint();
  const result = await cannon(spec, setup, spec.duration, tally);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return toResult(tally, seconds, spec.expectStatus, result.errors, result.timeouts);
}

function commentPostSetup(spec: CommentPostSpec): Setup {
  let n = 0;
  const path = `/api/articles/${spec.articleId}/comments`;
  return {
    path,
    method: 'POST',
    requests: [
      {
        method: 'POST',
        path,
        // Called for every request: a new body, key and reader each time (readers in turn keep each under its limits).
        setupRequest: (request) => {
          n += 1;
          const key = `bench-${spec.runId}-${process.pid}-${n}`;
          const reader = n % spec.cookies.length;
          return {
            ...request,
            headers: {
              'content-type': 'application/json',
              origin: spec.origin,
              cookie: spec.cookies[reader],
              // Each reader posts from its own address, as readers behind a proxy do (the bench server trusts
              // this one: TRUSTED_PROXIES); the per-IP limit would otherwise refuse the whole run.
              'x-forwarded-for': `10.77.${reader >> 8}.${reader & 255}`,
              'idempotency-key': key,
            },
            body: JSON.stringify({ body: `Benchmark comment ${key}: the tide tables and the harbour timetable agree this week.` }),
          };
        },
      },
    ],
  };
}

function getOnce(agent: http.Agent, origin: string, path: string): Promise<{ status: number; cache: string | undefined; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = http.get(origin + path, { agent }, (res) => {
      res.resume();
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, cache: res.headers['x-nextjs-cache']?.toString(), ms: Number(process.hrtime.bigint() - started) / 1e6 }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout on ${path}`)));
  });
}

async function runPaths(spec: PathsSpec): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  for (const path of spec.warmupPaths) {
    const r = await getOnce(agent, spec.origin, path);
    // A broken route stops the run here rather than producing a row of error pages.
    if (r.status !== spec.expectStatus) throw new Error(`route "${spec.route}" is broken: GET ${path} answered ${r.status}, expected ${spec.expectStatus}`);
  }
  send({ type: 'ready' });
  await waitForGo();
  const tally: Tally = { latencies: [], statusCodes: {} };
  let errors = 0;
  let cacheHits = 0;
  const started = process.hrtime.bigint();
  for (const path of spec.paths) {
    try {
      const r = await getOnce(agent, spec.origin, path);
      tally.latencies.push(r.ms);
      tally.statusCodes[r.status] = (tally.statusCodes[r.status] ?? 0) + 1;
      if (r.cache === 'HIT') cacheHits += 1;
    } catch {
      errors += 1;
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  agent.destroy();
  return { ...toResult(tally, seconds, spec.expectStatus, errors, 0), cacheHits };
}

async function run(spec: LoadSpec): Promise<LoadResult> {
  switch (spec.kind) {
    case 'fixed':
      return runTimed(spec, { path: spec.path, headers: spec.headers });
    case 'comment-post':
      return runTimed(spec, commentPostSetup(spec));
    case 'paths':
      return runPaths(spec);
  }
}

process.once('message', (message: ToLoad) => {
  if (message.type !== 'spec') return;
  run(message.spec).then(
    (result) => {
      send({ type: 'result', result });
      process.disconnect();
    },
    (error: unknown) => {
      send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
      process.disconnect();
    },
  );
});
