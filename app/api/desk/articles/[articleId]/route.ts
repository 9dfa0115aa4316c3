import { z } from 'zod';
import { loadDeskArticle } from '@/lib/desk/article-rows';
import { notFound } from '@/lib/desk/errors';
import { saveArticle } from '@/lib/desk/save';
import { api, apiJson, parseId, readJson } from '@/lib/site/api';
import { getDb } from '@/lib/site/db';
import { actorOf, DESK_MAX_BODY_BYTES } from '@/lib/site/desk-session';
import { revalidateNow } from '@/lib/site/internal';
import { requireStaff } from '@/lib/site/staff';

type Params = { articleId: string };

export const GET = api<Params>(async (request, { articleId }) => {
  await requireStaff(request);
  const article = await loadDeskArticle(getDb(), parseId(articleId, 'article'));
  if (!article) throw notFound();
  return apiJson({ article });
});

const saveSchema = z.object({
  version: z.number().int().positive(),
  fields: z.record(z.string(), z.unknown()),
  autosave: z.boolean().default(false),
});

/** Saves the editor's fields if nobody saved since `version`; published articles change for readers at once. */
export const PUT = api<Params>(async (request, { articleId }) => {
  const user = await requireStaff(request);
  const input = await readJson(request, saveSchema, { maxBytes: DESK_MAX_BODY_BYTES });
  const result = await saveArticle(getDb(), parseId(articleId, 'article'), input.fields, {
    actor: actorOf(user),
    expectedVersion: input.version,
    kind: input.autosave ? 'autosave' : 'save',
  });
  revalidateNow(result.revalidate);
  return apiJson({ article: result.article });
});
