import { z } from 'zod';
import { WORKFLOW_ACTIONS } from '@/lib/desk/workflow';
import { transitionArticle } from '@/lib/desk/workflow-service';
import { api, apiJson, parseId, readJson } from '@/lib/site/api';
import { getDb } from '@/lib/site/db';
import { actorOf } from '@/lib/site/desk-session';
import { revalidateNow } from '@/lib/site/internal';
import { requireStaff } from '@/lib/site/staff';

const schema = z.object({
  action: z.enum(WORKFLOW_ACTIONS),
  version: z.number().int().positive(),
  publishAt: z.iso.datetime({ offset: true }).optional(),
});

/** Submit, withdraw, schedule, publish, unschedule, unpublish: the workflow decides who may. */
export const POST = api<{ articleId: string }>(async (request, { articleId }) => {
  const user = await requireStaff(request);
  const input = await readJson(request, schema);
  const result = await transitionArticle(getDb(), parseId(articleId, 'article'), input.action, {
    actor: actorOf(user),
    expectedVersion: input.version,
    publishAt: input.publishAt,
  });
  revalidateNow(result.revalidate);
  return apiJson({ article: result.article });
});
