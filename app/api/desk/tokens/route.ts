import { z } from 'zod';
import { api, apiJson, readJson } from '@/lib/site/api';
import { getDb } from '@/lib/site/db';
import { requireStaff } from '@/lib/site/staff';
import { createApiToken, listApiTokens } from '@/lib/tokens/api-tokens';

/** API tokens for the ingest API: admins list and create them (the secret is shown once). */

export const GET = api<Record<string, never>>(async (request) => {
  await requireStaff(request, 'admin');
  return apiJson({ tokens: await listApiTokens(getDb()) });
});

const createSchema = z.object({
  name: z.string().max(200),
  scopes: z.array(z.string().max(50)).max(10),
});

export const POST = api<Record<string, never>>(async (request) => {
  const user = await requireStaff(request, 'admin');
  const input = await readJson(request, createSchema);
  const { token, info } = await createApiToken(getDb(), { name: input.name, scopes: input.scopes, createdBy: user.id });
  return apiJson({ token: { id: info.id, name: info.name, prefix: info.prefix, scopes: info.scopes, createdAt: info.createdAt }, secret: token }, 201);
});
