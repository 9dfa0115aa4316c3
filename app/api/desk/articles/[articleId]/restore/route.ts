import { z } from 'zod';
import { forbidden } from '@/lib/desk/errors';
import { capabilities } from '@/lib/desk/roles';
import { restoreRevision } from '@/lib/desk/workflow-service';
import { api, apiJson, parseId, readJson } from '@/lib/site/api';
import { getDb } from '@/lib/site/db';
import { actorOf } from '@/lib/site/desk-session';
import { revalidateNow } from '@/lib/site/internal';
import { requireStaff } from '@/lib/site/staff';

const schema = z.object({ revisionId: z.number().int().positive(), version: z.number().int().positive() });

/** Puts an earlier revision back (as a new revision, so the restore can itself be undone). Editors only. */
export const POST = api<{ articleId: string }>(async (request, { articleId }) => {
  const user = await requireStaff(request);
  if (!capabilities.publish(user.role)) throw forbidden('Only editors can restore revisions.');
  const input = await readJson(request, schema);
  const result = await restoreRevision(getDb(), parseId(articleId, 'article'), input.revisionId, {
    actor: actorOf(user),
    expectedVersion: input.version,
  });
  revalidateNow(result.revalidate);
  return apiJson({ article: result.article });
});
