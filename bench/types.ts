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

/** One line of the report: a measurement plus the server's cost while it ran. */
export interface Row extends LoadResult {
  route: string;
  connections: number;
  /** Requests per second relative to the bare node:http reference at the same connection count. */
  ratioToReference: number | null;
  /** Server CPU time (process tree) per request, in ms; null for servers outside the Next tree. */
  cpuMsPerRequest: number | null;
  /** Highest summed RSS of the server's process tree during the measurement, in MB. */
  peakRssMb: number | null;
}
