import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadImage, isPublicAddress, privateUrlsAllowed } from './remote-image.ts';
import { refusal } from '../testing/refusal.ts';


describe('downloading remote images', () => {
  let server: http.Server;
  let base = '';
  const open = new Set<http.ServerResponse>();

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      switch (req.url) {
        case '/ok':
          res.end(Buffer.alloc(500, 1));
          return;
        case '/chunked-big':
          // No Content-Length: the limit must hold while streaming.
          res.writeHead(200, { 'transfer-encoding': 'chunked' });
          for (let i = 0; i < 10; i++) res.write(Buffer.alloc(1000, 2));
          res.end();
          return;
        case '/declared-big':
          res.writeHead(200, { 'content-length': '5000000' });
          res.write(Buffer.alloc(10));
          open.add(res);
          return;
        case '/slow':
          open.add(res); // never answers
          return;
        case '/loop':
          res.writeHead(302, { location: '/loop' });
          res.end();
          return;
        case '/to-ftp':
          res.writeHead(301, { location: 'ftp://example.com/x.png' });
          res.end();
          return;
        default:
          res.writeHead(404);
          res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    for (const res of open) res.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const get = (path: string, extra: { maxBytes?: number; timeoutMs?: number } = {}) =>
    downloadImage(`${base}${path}`, { maxBytes: extra.maxBytes ?? 4000, timeoutMs: extra.timeoutMs, allowPrivate: true });

  it('returns the bytes', async () => {
    expect((await get('/ok')).byteLength).toBe(500);
  });

  it('enforces the size limit, declared or streamed', async () => {
    expect(await refusal(get('/declared-big'))).toMatchObject({ field: 'heroImage.url', message: expect.stringContaining('limit') });
    expect(await refusal(get('/chunked-big'))).toMatchObject({ field: 'heroImage.url', message: expect.stringContaining('limit') });
  });

  it('gives up after the time limit', async () => {
    const started = Date.now();
    expect(await refusal(get('/slow', { timeoutMs: 300 }))).toMatchObject({ field: 'heroImage.url', message: expect.stringContaining('did not finish') });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('limits redirects and checks where they lead', async () => {
    expect(await refusal(get('/loop'))).toMatchObject({ message: expect.stringContaining('redirected more than') });
    expect(await refusal(get('/to-ftp'))).toMatchObject({ message: expect.stringContaining('only http and https') });
    expect(await refusal(get('/nothing'))).toMatchObject({ message: expect.stringContaining('404') });
  });

  it('refuses non-public hosts by literal address and by name when private URLs are not allowed', async () => {
    const port = new URL(base).port;
    for (const url of [`${base}/ok`, `http://localhost:${port}/ok`, 'http://[::1]:1/x', 'http://[::ffff:127.0.0.1]:1/x', 'http://192.168.0.1/x', 'http://0.0.0.0/x']) {
      expect(await refusal(downloadImage(url, { maxBytes: 4000, allowPrivate: false })), url).toMatchObject({
        field: 'heroImage.url',
        message: expect.stringContaining('non-public'),
      });
    }
    expect(await refusal(downloadImage('not a url', { maxBytes: 1, allowPrivate: false }))).toMatchObject({ message: expect.stringContaining('absolute URL') });
    expect(await refusal(downloadImage('http://user:pw@example.com/x', { maxBytes: 1, allowPrivate: false }))).toMatchObject({ field: 'heroImage.url' });
  });

  it('reads the switch from INGEST_ALLOW_PRIVATE_URLS', () => {
    expect(privateUrlsAllowed({ INGEST_ALLOW_PRIVATE_URLS: 'true' })).toBe(true);
    expect(privateUrlsAllowed({ INGEST_ALLOW_PRIVATE_URLS: '1' })).toBe(false);
    expect(privateUrlsAllowed({})).toBe(false);
  });
});

describe('public addresses', () => {
  it('tells public addresses from loopback, private, link-local and reserved ones', () => {
    for (const address of ['8.8.8.8', '1.1.1.1', '2606:4700:4700::1111', '::ffff:8.8.8.8']) expect(isPublicAddress(address), address).toBe(true);
    for (const address of [
      '127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255',
      '::1', '::', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '2001:db8::1', 'ff02::1', 'not-an-ip',
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });
});
