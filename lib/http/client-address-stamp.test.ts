import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_ADDRESS_HEADER } from './client-address.ts';
import { clientAddressStampInstalled, installClientAddressStamp } from './client-address-stamp.ts';

/** A real server, stamped the way scripts/start.sh stamps Next's, answering with what it was told. */
describe('the client-address stamp on a real server', () => {
  let trustedSpec = '';
  let uninstall: () => void;
  let server: http.Server;
  let port: number;
  beforeAll(async () => {
    uninstall = installClientAddressStamp(() => trustedSpec);
    server = http.createServer((request, response) => {
      const raw = request.rawHeaders.filter((_, i) => i % 2 === 1 && request.rawHeaders[i - 1]!.toLowerCase() === CLIENT_ADDRESS_HEADER);
      response.end(JSON.stringify({ stamped: request.headers[CLIENT_ADDRESS_HEADER], raw, distinct: request.headersDistinct[CLIENT_ADDRESS_HEADER] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    uninstall();
  });

  const ask = async (headers: Record<string, string>) => (await fetch(`http://127.0.0.1:${port}/`, { headers })).json();

  it('is installed once: a second install changes nothing, and undoing it leaves the first in place', async () => {
    expect(clientAddressStampInstalled()).toBe(true);
    installClientAddressStamp(() => '127.0.0.1')();
    expect(clientAddressStampInstalled()).toBe(true);
    trustedSpec = '';
    expect((await ask({ 'x-forwarded-for': '198.51.100.7' })).stamped).toBe('127.0.0.1');
  });

  it('overwrites a client’s own copy of the header and ignores its X-Forwarded-For', async () => {
    trustedSpec = '';
    expect(await ask({ [CLIENT_ADDRESS_HEADER]: '203.0.113.66', 'x-forwarded-for': '203.0.113.77' })).toEqual({
      stamped: '127.0.0.1',
      raw: ['127.0.0.1'],
      distinct: ['127.0.0.1'],
    });
  });

  it('reads TRUSTED_PROXIES again when it changes (Next loads .env files after it starts listening)', async () => {
    trustedSpec = '';
    expect((await ask({ 'x-forwarded-for': '198.51.100.7' })).stamped).toBe('127.0.0.1');
    trustedSpec = '127.0.0.1';
    expect((await ask({ 'x-forwarded-for': '203.0.113.1, 198.51.100.7' })).stamped).toBe('198.51.100.7');
  });

  it('trusts no proxy while the list cannot be read', async () => {
    trustedSpec = '127.0.0.1, nginx';
    expect((await ask({ 'x-forwarded-for': '198.51.100.7' })).stamped).toBe('127.0.0.1');
  });
});
