import { parseArgs } from 'node:util';

/** Command-line options of `npm run bench`, parsed without touching anything else (unit-tested). */

export const ROUTES = ['home', 'article', 'first-render', 'long-tail', 'section', 'comments-page-2', 'search', 'comment-post', 'nginx-proxy', 'nginx-file'] as const;
export type RouteName = (typeof ROUTES)[number];
export type DatasetName = 'bench' | 'demo';

export interface BenchOptions {
  skipBuild: boolean;
  dataset: DatasetName;
  /** Seconds per measurement (after the warm-up). */
  duration: number;
  /** Seconds of warm-up before each measurement (not recorded). */
  warmup: number;
  only: RouteName[] | null;
  connections: number[];
  /** First port of the range this run may use (server, reference, nginx). */
  port: number;
  help: boolean;
}

export const USAGE = `Usage: npm run bench -- [options]
  --skip-build            reuse the existing .next build when there is one
  --dataset bench|demo    bench: the seeded benchmark dataset (default); demo: the small demo publication
  --duration <seconds>    length of each measurement (default 10)
  --warmup <seconds>      warm-up before each measurement (default 2)
  --only <route,...>      measure only these routes (${ROUTES.join(', ')})
  --connections <n,...>   connection counts (default 1,50)
  --port <n>              first of the ports the run uses (default 3300; the run uses it and the next three)`;

function isRoute(name: string): name is RouteName {
  return (ROUTES as readonly string[]).includes(name);
}

function positiveNumber(raw: string, name: string): number {
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got "${raw}"`);
  return n;
}

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      'skip-build': { type: 'boolean', default: false },
      dataset: { type: 'string', default: 'bench' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '2' },
      only: { type: 'string' },
      connections: { type: 'string', default: '1,50' },
      port: { type: 'string', default: '3300' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.dataset !== 'bench' && values.dataset !== 'demo') throw new Error(`--dataset must be bench or demo, got "${values.dataset}"`);
  const only =
    values.only === undefined
      ? null
      : values.only
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
          .map((route) => {
            if (!isRoute(route)) throw new Error(`--only: unknown route "${route}" (known: ${ROUTES.join(', ')})`);
            return route;
          });
  const connections = values.connections.split(',').map((s) => {
    const n = positiveNumber(s.trim(), 'connections');
    if (!Number.isInteger(n) || n > 1000) throw new Error(`--connections takes whole numbers up to 1000, got "${s}"`);
    return n;
  });
  const port = positiveNumber(values.port, 'port');
  if (!Number.isInteger(port) || port > 65530) throw new Error(`--port must be a port number, got "${values.port}"`);
  return {
    skipBuild: values['skip-build'],
    dataset: values.dataset,
    duration: positiveNumber(values.duration, 'duration'),
    warmup: values.warmup === '0' ? 0 : positiveNumber(values.warmup, 'warmup'),
    only,
    connections: [...new Set(connections)].sort((a, b) => a - b),
    port,
    help: values.help,
  };
}

export function wants(options: Pick<BenchOptions, 'only'>, route: RouteName): boolean {
  return options.only === null || options.only.includes(route);
}
