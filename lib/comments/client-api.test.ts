import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, commentsApi, errorMessage, listUrl, NETWORK_MESSAGE, newIdempotencyKey, parseRetryAfter } from './client-api';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2026-03-01T10:00:00Z');
    expect(parseRetryAfter('42', now)).toBe(42);
    expect(parseRetryAfter('Sun, 01 Mar 2026 10:01:30 GMT', now)).toBe(90);
    expect(parseRetryAfter('Sun, 01 Mar 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
});

describe('errorMessage', () => {
  it('says when to try again after a rate limit', () => {
    expect(errorMessage(new ApiError(429, 'rate_limited', 'Too quick', 42))).toBe('You’re posting too quickly. Try again in 42 seconds.');
    expect(errorMessage(new ApiError(429, 'rate_limited', 'Too quick', 1))).toBe('You’re posting too quickly. Try again in 1 second.');
    expect(errorMessage(new ApiError(429, 'rate_limited', 'Too quick', 125))).toBe('You’re posting too quickly. Try again in 3 minutes.');
    expect(errorMessage(new ApiError(429, 'rate_limited', 'Too quick'))).toMatch(/Wait a minute/);
  });

  it('passes the API’s message through and hides anything else', () => {
    expect(errorMessage(new ApiError(422, 'validation_failed', 'Write something before posting.'))).toBe('Write something before posting.');
    expect(errorMessage(new TypeError('x is undefined'))).toMatch(/Something went wrong/);
  });
});

describe('listUrl', () => {
  it('builds the query string from what is set', () => {
    expect(listUrl(7, {})).toBe('/api/articles/7/comments');
    expect(listUrl(7, { sort: 'top', cursor: 'abc', limit: 20 })).toBe('/api/articles/7/comments?sort=top&cursor=abc&limit=20');
    expect(listUrl(7, { parentId: 3, cursor: null })).toBe('/api/articles/7/comments?parentId=3');
    expect(listUrl(7, { since: '2026-03-01T10:00:00.000Z' })).toBe('/api/articles/7/comments?since=2026-03-01T10%3A00%3A00.000Z');
  });
});

describe('requests', () => {
  it('posts JSON with the idempotency key and returns the comment', async () => {
    const fetchMock = vi.fn(async () => Response.json({ comment: { id: 5 } }, { status: 201 }));
    vi.stubGlobal('fetch', fetchMock);
    await expect(commentsApi.post(7, { body: 'Hi' }, 'key-1')).resolves.toEqual({ id: 5 });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/articles/7/comments');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(init.headers).toMatchObject({ 'content-type': 'application/json', 'idempotency-key': 'key-1' });
    expect(JSON.parse(String(init.body))).toEqual({ body: 'Hi', parentId: null });
  });

  it('turns the error shape and Retry-After into an ApiError', async () => {
    vi.stubGlobal('fetch', async () =>
      Response.json({ error: { code: 'rate_limited', message: 'Slow down.' } }, { status: 429, headers: { 'Retry-After': '30' } }),
    );
    const error = await commentsApi.recommend(3).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, code: 'rate_limited', message: 'Slow down.', retryAfterSeconds: 30 });
  });

  it('reports a network failure in words', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(commentsApi.edit(3, 'x')).rejects.toMatchObject({ code: 'network', message: NETWORK_MESSAGE });
  });

  it('reads the session user, or null', async () => {
    vi.stubGlobal('fetch', async () => Response.json({ user: { id: 'u1', name: 'A' }, session: {} }));
    await expect(commentsApi.session()).resolves.toMatchObject({ id: 'u1' });
    vi.stubGlobal('fetch', async () => Response.json(null));
    await expect(commentsApi.session()).resolves.toBeNull();
  });
});

describe('newIdempotencyKey', () => {
  it('makes distinct UUIDs', () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newIdempotencyKey()).not.toBe(a);
  });
});
