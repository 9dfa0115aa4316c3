import { reportBodySchema } from '@/lib/comments/contract';
import { reportComment } from '@/lib/comments/service';
import { api, apiJson, parseId, readJson, requireSameOrigin, viewerFrom } from '@/lib/site/api';
import { getDb } from '@/lib/site/db';

export const POST = api<{ commentId: string }>(async (request, params) => {
  requireSameOrigin(request);
  const id = parseId(params.commentId, 'comment');
  const viewer = await viewerFrom(request);
  const { reason } = await readJson(request, reportBodySchema);
  return apiJson(await reportComment(getDb(), id, reason ?? '', viewer));
});
