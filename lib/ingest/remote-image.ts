import dns from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import net, { type LookupFunction } from 'node:net';
import { CommentError } from '../comments/errors.ts';

/**
 * Downloading `heroImage.url` for the ingest API without becoming a proxy into our own network:
 * http(s) only, a time limit for the whole download (redirects included), a byte limit enforced while
 * reading, at most 3 redirects (each checked again), and no connection to loopback, private,
 * link-local or otherwise non-public addresses: the check runs on the addresses the connection
 * actually uses (DNS lookup hook), so a name that resolves differently the second time changes nothing.
 * INGEST_ALLOW_PRIVATE_URLS=true lifts the address rule (tests, or feeds on an internal network).
 * The bytes are not trusted: the caller stores them through saveUpload, which sniffs and decodes them.
 */

export const DOWNLOAD_TIMEOUT_MS = 10_000;
const MAX_REDIRECTS = 3;
const FIELD = 'heroImage.url';

export interface DownloadOptions {
  maxBytes: number;
  timeoutMs?: number;
  allowPrivate?: boolean;
}

export function privateUrlsAllowed(env: Record<string, string | undefined> = process.env): boolean {
  return env.INGEST_ALLOW_PRIVATE_URLS === 'true';
}

const NON_PUBLIC = new net.BlockList();
for (const [address, prefix] of [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local (cloud metadata services)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  NON_PUBLIC.addSubnet(address, prefix, 'ipv4');
}
for (const [address, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['::', 96], // IPv4-compatible (deprecated)
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const) {
  NON_PUBLIC.addSubnet(address, prefix, 'ipv6');
}

/** True for addresses on the public internet. IPv4-mapped IPv6 addresses are judged by their IPv4 address. */
export function isPublicAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 0) return false;
  return !NON_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

class NonPublicAddressError extends Error {
  readonly address: string;
  constructor(address: string) {
    super(`refuses to connect to the non-public address ${address}`);
    this.address = address;
  }
}

/** dns.lookup, refusing any non-public answer (all answers when several are asked for). */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 4);
    const bad = addresses.find((a) => !isPublicAddress(a.address));
    if (bad) return callback(new NonPublicAddressError(bad.address) as NodeJS.ErrnoException, '', 4);
    if (addresses.length === 0) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '', 4);
    if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};

const refuse = (message: string) => new CommentError('validation_failed', `${FIELD}: ${message}`, { field: FIELD });

function checkUrl(raw: string | URL, allowPrivate: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refuse('is not an absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refuse('only http and https images can be fetched');
  if (url.username || url.password) throw refuse('must not contain a user name or password');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // Literal addresses never reach the lookup hook: check them here.
  if (!allowPrivate && net.isIP(host) && !isPublicAddress(host)) throw refuse(`points to a non-public address (${host})`);
  return url;
}

function request(url: URL, signal: AbortSignal, allowPrivate: boolean): Promise<IncomingMessage> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(
      url,
      {
        signal,
        agent: false,
        ...(allowPrivate ? {} : { lookup: publicOnlyLookup }),
        headers: { accept: 'image/avif,image/webp,image/png,image/jpeg,image/gif;q=0.9,*/*;q=0.1', 'user-agent': 'MeridianIngest/1.0' },
      },
      resolve,
    );
    req.on('error', reject);
  });
}

/** The image's bytes, or a 422 naming heroImage.url with what went wrong. */
export async function downloadImage(rawUrl: string, options: DownloadOptions): Promise<Uint8Array> {
  const allowPrivate = options.allowPrivate ?? privateUrlsAllowed();
  const timeoutMs = options.timeoutMs ?? DOWNLOAD_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  let url = checkUrl(rawUrl, allowPrivate);
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await request(url, signal, allowPrivate);
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        response.resume();
        if (redirects >= MAX_REDIRECTS) throw refuse(`redirected more than ${MAX_REDIRECTS} times`);
        url = checkUrl(new URL(response.headers.location, url), allowPrivate);
        continue;
      }
      if (status < 200 || status >= 300) {
        response.resume();
        throw refuse(`the server answered ${status} for ${url.href}`);
      }
      const declared = Number(response.headers['content-length'] ?? NaN);
      if (declared > options.maxBytes) {
        response.destroy();
        throw tooLarge(options.maxBytes);
      }
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of response as AsyncIterable<Buffer>) {
        size += chunk.byteLength;
        if (size > options.maxBytes) {
          response.destroy();
          throw tooLarge(options.maxBytes);
        }
        chunks.push(chunk);
      }
      return new Uint8Array(Buffer.concat(chunks));
    }
  } catch (error) {
    if (error instanceof CommentError) throw error;
    if (error instanceof NonPublicAddressError) throw refuse(`points to a non-public address (${error.address})`);
    if (signal.aborted) throw refuse(`the download did not finish within ${Math.round(timeoutMs / 1000)} seconds`);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') throw refuse(`the host ${url.hostname} was not found`);
    throw refuse(`the image could not be downloaded (${code ?? (error instanceof Error ? error.message : 'network error')})`);
  }
}

function tooLarge(maxBytes: number) {
  return refuse(`the image is larger than the ${Math.round((maxBytes / 1024 / 1024) * 10) / 10} MB limit`);
}
