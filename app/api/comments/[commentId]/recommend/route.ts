import { toggleRecommend } from '@/lib/comments/service';
import { api, apiJson, parseId, requireSameOrigin, viewerFrom } from '@/lib/site/api';
import { getDb } from '@/lib/site/db';

export const POST = api<{ commentId: string }>(async (request, params) => {
  requireSameOrigin(request);
  const id = parseId(params.commentId, 'comment');
  const { recommended, recommendCount } = await toggleRecommend(getDb(), id, await viewerFrom(request));
  // Counts in the cached first page catch up on the thread's next revalidation; the island shows the live count.
  return apiJson({ recommended, recommendCount });
});
