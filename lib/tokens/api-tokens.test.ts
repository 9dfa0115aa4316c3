import { describe, expect, it } from 'vitest';
import { CommentError } from '../comments/errors.ts';
import { describeEachEngine } from '../testing/each-engine.ts';
import { authenticateBearer, BearerError, createApiToken, hashToken, listApiTokens, revokeApiToken } from './api-tokens.ts';

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CommentError) {
      return { code: error.code, field: error.options.field, challenge: error instanceof BearerError ? error.challenge : undefined };
    }
    throw error;
  }
  throw new Error('expected a refusal');
}

describeEachEngine('API tokens', ({ db }) => {
  it('creates a token that authenticates, storing only its SHA-256', async () => {
    const created = await createApiToken(db(), { name: ' Wire   feed ', scopes: ['articles:write'], createdBy: 'admin-1' });
    expect(created.token).toMatch(/^mrd_[A-Za-z0-9_-]{43}$/);
    expect(created.prefix).toBe(created.token.slice(0, 12));

    const row = await db().selectFrom('api_tokens').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(hashToken(created.token));
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.values(row)).not.toContain(created.token);
    expect(row).toMatchObject({ name: 'Wire feed', scopes: 'articles:write', token_prefix: created.prefix, created_by: 'admin-1' });

    const info = await authenticateBearer(db(), `Bearer ${created.token}`, 'articles:write');
    expect(info).toMatchObject({ id: created.id, name: 'Wire feed', scopes: ['articles:write'], revokedAt: null });
    expect(info.lastUsedAt).not.toBeNull();
    // The scheme is case-insensitive; any one of several scopes is enough.
    expect((await authenticateBearer(db(), `bearer ${created.token}`, ['articles:read', 'articles:write'])).id).toBe(created.id);
  });

  it('refuses missing, malformed, unknown and revoked tokens (401 with a challenge) and missing scopes (403)', async () => {
    const { id, token } = await createApiToken(db(), { name: 'Reader', scopes: ['articles:read'], createdBy: null });
    for (const header of [null, '', 'Basic abc', `Bearer`, 'Bearer not-a-token', `Bearer ${token}x`, `Bearer mrd_${'A'.repeat(43)}`, token]) {
      expect(await refusal(authenticateBearer(db(), header, 'articles:read'))).toMatchObject({ code: 'unauthenticated', challenge: expect.stringMatching(/^Bearer /) });
    }
    expect(await refusal(authenticateBearer(db(), `Bearer ${token}`, 'articles:write'))).toMatchObject({
      code: 'forbidden',
      challenge: expect.stringContaining('insufficient_scope'),
    });

    const revoked = await revokeApiToken(db(), id);
    expect(revoked.revokedAt).not.toBeNull();
    expect(await refusal(authenticateBearer(db(), `Bearer ${token}`, 'articles:read'))).toMatchObject({ code: 'unauthenticated' });
    // Revoking again keeps the first time; an unknown id is a 404.
    expect((await revokeApiToken(db(), id)).revokedAt).toBe(revoked.revokedAt);
    expect(await refusal(revokeApiToken(db(), 999_999))).toMatchObject({ code: 'not_found' });
  });

  it('validates names and scopes', async () => {
    expect(await refusal(createApiToken(db(), { name: '  ', scopes: ['articles:read'], createdBy: null }))).toMatchObject({ field: 'name' });
    expect(await refusal(createApiToken(db(), { name: 'x', scopes: [], createdBy: null }))).toMatchObject({ field: 'scopes' });
    expect(await refusal(createApiToken(db(), { name: 'x', scopes: ['articles:delete'], createdBy: null }))).toMatchObject({ field: 'scopes' });
  });

  it('records last use at most once a minute', async () => {
    const { id, token } = await createApiToken(db(), { name: 'Busy', scopes: ['articles:read'], createdBy: null });
    const lastUsed = async () => (await listApiTokens(db())).find((t) => t.id === id)?.lastUsedAt;
    await authenticateBearer(db(), `Bearer ${token}`, 'articles:read', { now: '2030-01-01T10:00:00.000Z' });
    expect(await lastUsed()).toBe('2030-01-01T10:00:00.000Z');
    await authenticateBearer(db(), `Bearer ${token}`, 'articles:read', { now: '2030-01-01T10:00:30.000Z' });
    expect(await lastUsed()).toBe('2030-01-01T10:00:00.000Z');
    await authenticateBearer(db(), `Bearer ${token}`, 'articles:read', { now: '2030-01-01T10:01:30.000Z' });
    expect(await lastUsed()).toBe('2030-01-01T10:01:30.000Z');
  });

  it('lists tokens without their hashes', async () => {
    const list = await listApiTokens(db());
    expect(list.length).toBeGreaterThan(0);
    for (const token of list) {
      expect(Object.keys(token).sort()).toEqual(['createdAt', 'createdBy', 'id', 'lastUsedAt', 'name', 'prefix', 'revokedAt', 'scopes']);
    }
  });
});

describe('token format', () => {
  it('hashes deterministically', () => {
    expect(hashToken('mrd_x')).toBe(hashToken('mrd_x'));
    expect(hashToken('mrd_x')).not.toBe(hashToken('mrd_y'));
  });
});
