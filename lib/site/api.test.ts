import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CommentError } from '../comments/errors.ts';
import { CLIENT_ADDRESS_HEADER } from '../http/client-address.ts';
import { api, apiError, ipHashOf, parseId, readJson } from './api.ts';

const jsonRequest = (body: string, headers: Record<string, string> = {}) =>
  new Request('http://localhost/api/x', { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

describe('API plumbing', () => {
  it('answers refusals as { error: { code, message } } with the status, and Retry-After when limited', async () => {
    const response = apiError('rate_limited', 'Slow down', { retryAfterSeconds: 12 });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('12');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(await response.json()).toEqual({ error: { code: 'rate_limited', message: 'Slow down' } });
  });

  it('turns a thrown refusal into its response, and anything else into a 500 that leaks nothing', async () => {
    const refused = await api(async () => {
      throw new CommentError('not_found', 'Gone', { field: 'id' });
    })(new Request('http://localhost/'), { params: Promise.resolve({}) });
    expect(refused.status).toBe(404);
    expect(await refused.json()).toEqual({ error: { code: 'not_found', message: 'Gone', field: 'id' } });

    const crashed = await api(async () => {
      throw new Error('secret stack detail');
    })(new Request('http://localhost/'), { params: Promise.resolve({}) });
    expect(crashed.status).toBe(500);
    expect(await crashed.text()).not.toContain('secret');
  });

  it('reads JSON bodies: 400 for non-JSON, 413 when too large, 422 naming the field', async () => {
    const schema = z.object({ body: z.string() });
    await expect(readJson(jsonRequest('{oops'), schema)).rejects.toMatchObject({ code: 'bad_request' });
    await expect(readJson(new Request('http://localhost/', { method: 'POST', body: 'a=b' }), schema)).rejects.toMatchObject({ code: 'bad_request' });
    await expect(readJson(jsonRequest(JSON.stringify({ body: 'x'.repeat(40_000) })), schema)).rejects.toMatchObject({ code: 'payload_too_large' });
    await expect(readJson(jsonRequest(JSON.stringify({ body: 7 })), schema)).rejects.toMatchObject({ code: 'validation_failed', options: { field: 'body' } });
    expect(await readJson(jsonRequest(JSON.stringify({ body: 'ok' })), schema)).toEqual({ body: 'ok' });
  });

  it('hashes the address the server stamped, never a client-written X-Forwarded-For', () => {
    const from = (headers: Record<string, string>) => ipHashOf(new Request('http://localhost/', { headers }));
    const reader = from({ [CLIENT_ADDRESS_HEADER]: '198.51.100.7' });
    expect(reader).toMatch(/^[\w-]{32}$/);
    expect(reader).not.toContain('198');
    expect(from({ [CLIENT_ADDRESS_HEADER]: '198.51.100.7', 'x-forwarded-for': '203.0.113.1' })).toBe(reader);
    expect(from({ [CLIENT_ADDRESS_HEADER]: '198.51.100.8' })).not.toBe(reader);
    expect(from({ 'x-forwarded-for': '203.0.113.1', 'x-real-ip': '203.0.113.2' })).toBeNull();
    // One IPv6 /64 is one household or server.
    expect(from({ [CLIENT_ADDRESS_HEADER]: '2001:db8:1:2::a' })).toBe(from({ [CLIENT_ADDRESS_HEADER]: '2001:db8:1:2:ffff::b' }));
    expect(from({ [CLIENT_ADDRESS_HEADER]: '2001:db8:1:2::a' })).not.toBe(from({ [CLIENT_ADDRESS_HEADER]: '2001:db8:1:3::a' }));
  });

  it('accepts only plain positive ids in paths', () => {
    expect(parseId('42', 'comment')).toBe(42);
    for (const raw of ['0', '-1', '1e3', '04', 'x', '', '2147483648', '99999999999']) expect(() => parseId(raw, 'comment'), raw).toThrow(CommentError);
  });
});
