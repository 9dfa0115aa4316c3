import { describe, expect, it } from 'vitest';
import { clientAddress, parseTrustedProxies, rateLimitKey } from './client-address.ts';

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

  it('refuses ranges so wide they would trust the clients themselves', () => {
    for (const wide of ['0.0.0.0/0', '10.0.0.0/7', '::/0', '2001::/16']) expect(() => parseTrustedProxies(wide), wide).toThrow('wider than');
  });
});

describe('rateLimitKey', () => {
  it('keeps IPv4 addresses and groups IPv6 addresses by /64', () => {
    expect(rateLimitKey('198.51.100.7')).toBe('198.51.100.7');
    expect(rateLimitKey('2001:DB8:0001:0002:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(rateLimitKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(rateLimitKey('::1')).toBe('0:0:0:0::/64');
    expect(rateLimitKey('unknown')).toBe('unknown');
  });
});

