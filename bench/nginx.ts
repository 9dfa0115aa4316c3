import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * nginx for tests and the benchmark: deploy/nginx.conf rendered into a private temp prefix (ports and
 * paths swapped, every rule kept), or a reference nginx serving one file. nginx runs in the foreground
 * as a child process, so stopping it never depends on a pid file.
 */

export const DEPLOY_CONFIG = path.resolve(import.meta.dirname, '..', 'deploy', 'nginx.conf');

const CANDIDATES = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx', '/opt/homebrew/bin/nginx', '/usr/local/bin/nginx'];

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The nginx executable (NGINX_BIN, then PATH, then the usual sbin directories, which non-root PATHs lack), or null. */
export function nginxBinary(): string | null {
  const fromEnv = process.env.NGINX_BIN;
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : null;
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const file of [...dirs.map((d) => path.join(d, 'nginx')), ...CANDIDATES]) if (isExecutable(file)) return file;
  return null;
}

export interface RunningNginx {
  port: number;
  stop(): Promise<void>;
  pid: number;
}

export interface RenderOptions {
  listenPort: number;
  upstreamPorts: number[];
  /** Private directory for pid, logs, temp files and cache. */
  dir: string;
  /** Running as root: workers would switch to the file's `user`, which cannot enter a private temp dir. */
  asRoot: boolean;
}

function checkPort(port: number): void {
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`invalid port ${port}`);
}

/** Paths end up unquoted in nginx directives: refuse anything that would need quoting. */
function checkDir(dir: string): void {
  if (!path.isAbsolute(dir) || /[\s;'"{}$#\\]/.test(dir)) throw new Error(`unusable directory for nginx: ${dir}`);
}

/** Replaces exactly the matches of `pattern`, or throws: a config edit that breaks rendering must fail loudly. */
function replaceRequired(source: string, pattern: RegExp, replacement: string | ((match: string, ...groups: string[]) => string), what: string): string {
  if (!pattern.test(source)) throw new Error(`deploy/nginx.conf: cannot find ${what} (${pattern})`);
  pattern.lastIndex = 0;
  return typeof replacement === 'string' ? source.replace(pattern, replacement) : source.replace(pattern, replacement);
}

/**
 * deploy/nginx.conf with the listen port, the upstream servers and every filesystem path replaced.
 * Everything else (cache rules, keys, maps, headers) is left exactly as shipped.
 */
export function renderProxyConfig(source: string, opts: RenderOptions): string {
  checkPort(opts.listenPort);
  if (opts.upstreamPorts.length === 0) throw new Error('at least one upstream port is needed');
  opts.upstreamPorts.forEach(checkPort);
  checkDir(opts.dir);
  const { dir } = opts;
  let out = source;
  // Root: workers stay root inside this throwaway loopback instance; otherwise `user` means nothing.
  out = replaceRequired(out, /^user\s+[^;]+;.*$/m, opts.asRoot ? 'user root;' : '# user: not root, workers run as the current user', 'the user directive');
  out = replaceRequired(out, /^pid\s+[^;]+;/m, `pid ${dir}/nginx.pid;`, 'the pid directive');
  out = replaceRequired(out, /^([ \t]*error_log\s+)\S+/m, `$1${dir}/error.log`, 'error_log');
  out = replaceRequired(out, /^([ \t]*access_log\s+)\/\S+/m, `$1${dir}/access.log`, 'access_log');
  out = replaceRequired(
    out,
    /^([ \t]*proxy_cache_path\s+)(\S+)/gm,
    (_m, lead: string, cachePath: string) => `${lead}${dir}/${path.basename(cachePath)}`,
    'proxy_cache_path',
  );
  // The upstream's example servers become one line per given port, with the same parameters.
  out = replaceRequired(
    out,
    /^([ \t]*)server\s+127\.0\.0\.1:\d+([^;]*);\n(?:[ \t]*server\s+127\.0\.0\.1:\d+[^;]*;\n)*/m,
    (_m, indent: string, params: string) => opts.upstreamPorts.map((p) => `${indent}server 127.0.0.1:${p}${params};\n`).join(''),
    'the upstream servers',
  );
  out = replaceRequired(out, /^([ \t]*)listen\s+80(\s[^;]*)?;/m, `$1listen 127.0.0.1:${opts.listenPort}$2;`, 'listen 80');
  out = replaceRequired(out, /^[ \t]*listen\s+\[::\]:80[^;]*;\n/m, '', 'listen [::]:80');
  // Temp files: the compiled-in defaults (/var/lib/nginx/...) are not writable by everyone.
  out = replaceRequired(out, /^http\s*\{\n/m, (m) => `${m}${tempPaths(dir)}`, 'the http block');
  return out;
}

function tempPaths(dir: string): string {
  return ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((k) => `    ${k}_temp_path ${dir}/tmp-${k};\n`).join('');
}

/** A reference server: one file's bytes for every GET, with the proxy's worker and log settings. */
export function renderFileConfig(opts: { listenPort: number; dir: string; contentType: string; asRoot: boolean }): string {
  checkPort(opts.listenPort);
  checkDir(opts.dir);
  if (!/^[\w.+-]+\/[\w.+-]+(;\s*[\w-]+=[\w.-]+)*$/.test(opts.contentType)) throw new Error(`unusable content type: ${opts.contentType}`);
  const { dir } = opts;
  return `${opts.asRoot ? 'user root;\n' : ''}worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
${tempPaths(dir)}    sendfile on;
    tcp_nopush on;
    tcp_nodelay on;
    keepalive_timeout 65s;
    access_log ${dir}/access.log combined buffer=64k flush=5s;
    types { }
    default_type "${opts.contentType}";
    server {
        listen 127.0.0.1:${opts.listenPort};
        root ${dir}/www;
        location / { try_files /body =404; }
    }
}
`;
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function waitForPort(port: number, child: ChildProcess, stderr: () => string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`nginx exited (code ${code}) before answering on ${port}: ${stderr()}`));
    child.once('exit', onExit);
    const attempt = () => {
      const socket = connect({ host: '127.0.0.1', port });
      socket.once('connect', () => {
        socket.destroy();
        child.off('exit', onExit);
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (child.exitCode !== null) return;
        if (Date.now() > deadline) {
          child.off('exit', onExit);
          reject(new Error(`nginx did not answer on port ${port} within ${timeoutMs} ms: ${stderr()}`));
        } else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

async function run(dir: string, config: string, port: number): Promise<RunningNginx> {
  const binary = nginxBinary();
  if (!binary) throw new Error('nginx is not installed (set NGINX_BIN or put nginx on PATH)');
  const confFile = path.join(dir, 'nginx.conf');
  writeFileSync(confFile, config);
  const child = spawn(binary, ['-p', dir, '-c', confFile, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  const readErrors = () => {
    let log = '';
    try {
      log = readFileSync(path.join(dir, 'error.log'), 'utf8');
    } catch {
      // no log yet
    }
    return `${errors}${log}`.trim().slice(-2000);
  };
  try {
    await waitForPort(port, child, readErrors);
  } catch (error) {
    if (child.exitCode === null) child.kill('SIGKILL');
    await exited;
    cleanup();
    throw error;
  }
  let stopping: Promise<void> | null = null;
  return {
    port,
    pid: child.pid ?? -1,
    stop() {
      stopping ??= (async () => {
        // SIGTERM: fast shutdown of the master and its workers (SIGQUIT would wait for keep-alive clients).
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
        await exited;
        cleanup();
      })();
      return stopping;
    },
  };
}

function makeDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), prefix)); // mode 0700: nobody else reads the logs or the cache
}

/** deploy/nginx.conf rendered into a temp dir with the given ports; the shipped file itself is what is measured. */
export async function startNginxProxy(opts: { listenPort: number; upstreamPorts: number[] }): Promise<RunningNginx> {
  const dir = makeDir('meridian-nginx-proxy-');
  let config: string;
  try {
    config = renderProxyConfig(readFileSync(DEPLOY_CONFIG, 'utf8'), { ...opts, dir, asRoot: isRoot() });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return run(dir, config, opts.listenPort);
}

/** nginx serving one file's bytes (reference for the bench), with the given content type. */
export async function startNginxFile(opts: { listenPort: number; file: string; contentType: string }): Promise<RunningNginx> {
  const dir = makeDir('meridian-nginx-file-');
  try {
    mkdirSync(path.join(dir, 'www'));
    // A private copy: the original may sit where nginx's workers cannot read it.
    copyFileSync(opts.file, path.join(dir, 'www', 'body'));
    const config = renderFileConfig({ listenPort: opts.listenPort, dir, contentType: opts.contentType, asRoot: isRoot() });
    return await run(dir, config, opts.listenPort);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** `nginx -t` on a config made for a fresh temp dir (used by the tests): resolves with nginx's output, rejects when invalid. */
export async function testConfig(makeConfig: (dir: string) => string): Promise<string> {
  const binary = nginxBinary();
  if (!binary) throw new Error('nginx is not installed');
  const dir = makeDir('meridian-nginx-t-');
  const confFile = path.join(dir, 'nginx.conf');
  try {
    writeFileSync(confFile, makeConfig(dir));
    return await new Promise<string>((resolve, reject) => {
      const child = spawn(binary, ['-t', '-p', dir, '-c', confFile], { stdio: ['ignore', 'ignore', 'pipe'] });
      let out = '';
      child.stderr?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
      });
      child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(out))));
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
