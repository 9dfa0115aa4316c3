/** Shapes shared by the runner, the load process and the report. */

/** What the load process measured for one route at one connection count. */
export interface LoadResult {
  requests: number;
  /** Seconds the measurement ran. */
  seconds: number;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  maxMs: number;
  /** Responses outside 2xx (the expected status for the route). */
  non2xx: number;
  /** Connection errors and timeouts. */
  errors: number;
  timeouts: number;
  /** Status codes seen, with counts. */
  statusCodes: Record<string, number>;
  /** Requests that were served from Next's cache (x-nextjs-cache: HIT), when the route checks it. */
  cacheHits?: number;
}

export type ServerKind = 'next' | 'reference' | 'nginx' | 'nginx+next';

/** One line of the report: a measurement plus the server's cost while it ran. */
export interface Row extends LoadResult {
  route: string;
  /** Which processes served it (and were watched for CPU and RSS). */
  server: ServerKind;
  connections: number;
  /** Requests per second relative to the bare node:http reference at the same connection count. */
  ratioToReference: number | null;
  /** CPU time of the serving process trees per request, in ms. */
  cpuMsPerRequest: number | null;
  /** Highest summed RSS of the serving process trees during the measurement, in MB. */
  peakRssMb: number | null;
  /** Share of one core the load process used: near 100 %, the load generator set the pace. */
  loadCpuPercent: number;
  /** The machine's 1-minute load average as the row started: ratios to the reference mean little when it is far above the core count. */
  loadAverage: number;
}
