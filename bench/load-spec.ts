/** What the runner asks the load process to do (sent over the fork's IPC channel). */

interface Common {
  /** Label for messages only. */
  route: string;
  origin: string;
  connections: number;
  /** Status every response should have (anything else counts as an error). */
  expectStatus: number;
}

/** One URL, as fast as the connections allow, for `duration` seconds after `warmup` seconds. */
export interface FixedSpec extends Common {
  kind: 'fixed';
  path: string;
  duration: number;
  warmup: number;
  headers?: Record<string, string>;
}

/** Each path requested once, in order, over one keep-alive connection (first renders). */
export interface PathsSpec extends Common {
  kind: 'paths';
  paths: string[];
  /** Requested first and not recorded: warms the code path without touching the measured pages. */
  warmupPaths: string[];
}

/** Comment posts by signed-in readers: unique bodies and idempotency keys, readers in turn. */
export interface CommentPostSpec extends Common {
  kind: 'comment-post';
  articleId: number;
  /** Cookie headers of confirmed readers. */
  cookies: string[];
  duration: number;
  warmup: number;
  /** Makes bodies and keys unique across runs on the same database. */
  runId: string;
}

export type LoadSpec = FixedSpec | PathsSpec | CommentPostSpec;

export type ToLoad = { type: 'spec'; spec: LoadSpec } | { type: 'go' };
export type FromLoad = { type: 'ready' } | { type: 'result'; result: import('./types.ts').LoadResult } | { type: 'error'; message: string };
