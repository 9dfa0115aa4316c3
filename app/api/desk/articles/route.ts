import { z } from 'zod';
import { createArticle } from '@/lib/desk/save';
import { api, apiJson, readJson } from '@/lib/site/api';
import { getDb } from '@/lib/site/db';
import { actorOf, DESK_MAX_BODY_BYTES } from '@/lib/site/desk-session';
import { requireStaff } from '@/lib/site/staff';

const createSchema = z.object({ fields: z.record(z.string(), z.unknown()) });

/** A new draft (the editor's first save). Field validation happens in the service, naming the field. */
export const POST = api<Record<string, never>>(async (request) => {
  const user = await requireStaff(request);
  const { fields } = await readJson(request, createSchema, { maxBytes: DESK_MAX_BODY_BYTES });
  const { article } = await createArticle(getDb(), fields, { actor: actorOf(user) });
  return apiJson({ article }, 201);
});
