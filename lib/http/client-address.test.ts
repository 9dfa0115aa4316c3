import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_ADDRESS_HEADER, clientAddress, parseTrustedProxies, stampClientAddress } from './client-address.ts';

const none = parseTrustedProxies('');
const localProxy = parseTrustedProxies('127.0.0.1, ::1');

describe('clientAddress', () => {
  it('is the connection’s peer when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    expect(clientAddress('198.51.100.7', '203.0.113.9', none)).toBe('198.51.100.7');
    expect(clientAddress('::ffff:198.51.100.7', undefined, none)).toBe('198.51.100.7');
    expect(clientAddress('2001:db8::5', '203.0.113.9, 10.0.0.1', none)).toBe('2001:db8::5');
    expect(clientAddress(undefined, '203.0.113.9', none)).toBeNull();
  });

  it('behind a trusted proxy, is the address that proxy appended, not what the client wrote further left', () => {
    expect(clientAddress('::ffff:127.0.0.1', '198.51.100.7', localProxy)).toBe('198.51.100.7');
    expect(clientAddress('127.0.0.1', 'forged-by-client, 203.0.113.1, 198.51.100.7', localProxy)).toBe('198.51.100.7');
    expect(clientAddress('::1', ['203.0.113.1', '198.51.100.7'], localProxy)).toBe('198.51.100.7');
  });

  it('walks past every trusted hop (a CDN in front of nginx) and stops at the first it cannot vouch for', () => {
    const chain = parseTrustedProxies('127.0.0.1,10.0.0.0/8');
    expect(clientAddress('127.0.0.1', '203.0.113.1, 198.51.100.7, 10.4.0.2', chain)).toBe('198.51.100.7');
    expect(clientAddress('127.0.0.1', '10.4.0.2', chain)).toBe('10.4.0.2');
    expect(clientAddress('127.0.0.1', 'unknown, 10.4.0.2', chain)).toBe('10.4.0.2');
    expect(clientAddress('127.0.0.1', undefined, chain)).toBe('127.0.0.1');
  });
});

describe('parseTrustedProxies', () => {
  it('takes addresses and CIDR ranges of both families', () => {
    const list = parseTrustedProxies('192.0.2.10, 10.0.0.0/8, 2001:db8::/32');
    expect(list.check('192.0.2.10', 'ipv4')).toBe(true);
    expect(list.check('10.200.1.1', 'ipv4')).toBe(true);
    expect(list.check('2001:db8:1::9', 'ipv6')).toBe(true);
    expect(list.check('192.0.2.11', 'ipv4')).toBe(false);
  });

  it('refuses anything else, naming the entry', () => {
    for (const bad of ['localhost', '10.0.0.0/33', '10.0.0.1/8/2', '::1/129', '10.0.0.0/x']) {
      expect(() => parseTrustedProxies(bad), bad).toThrow(`"${bad}"`);
    }
  });
});

describe('stampClientAddress on a real server', () => {
  let server: http.Server;
  let port: number;
  let trusted = none;
  beforeAll(async () => {
    server = http.createServer((request, response) => {
      stampClientAddress(request, trusted);
      const raw = request.rawHeaders.filter((_, i) => i % 2 === 0 && request.rawHeaders[i]!.toLowerCase() === CLIENT_ADDRESS_HEADER);
      response.end(JSON.stringify({ stamped: request.headers[CLIENT_ADDRESS_HEADER], rawCopies: raw.length }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const ask = async (headers: Record<string, string>) => (await fetch(`http://127.0.0.1:${port}/`, { headers })).json();

  it('replaces a client’s own copy of the header and ignores its X-Forwarded-For', async () => {
    trusted = none;
    expect(await ask({ [CLIENT_ADDRESS_HEADER]: '203.0.113.66', 'x-forwarded-for': '203.0.113.77' })).toEqual({ stamped: '127.0.0.1', rawCopies: 1 });
  });

  it('takes the forwarded address when the peer is a trusted proxy', async () => {
    trusted = localProxy;
    expect(await ask({ 'x-forwarded-for': '203.0.113.1, 198.51.100.7' })).toEqual({ stamped: '198.51.100.7', rawCopies: 1 });
  });
});
