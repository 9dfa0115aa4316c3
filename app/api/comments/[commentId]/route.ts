import { cacheTags } from '@/lib/cache-tags';
import { editBodySchema } from '@/lib/comments/contract';
import { deleteComment, editComment } from '@/lib/comments/service';
import { config } from '@/lib/config';
import { api, apiJson, parseId, readJson, requireSameOrigin, viewerFrom } from '@/lib/site/api';
import { getDb } from '@/lib/site/db';
import { revalidateSoon } from '@/lib/site/internal';

type Params = { commentId: string };

export const PATCH = api<Params>(async (request, params) => {
  requireSameOrigin(request);
  const id = parseId(params.commentId, 'comment');
  const viewer = await viewerFrom(request);
  const { body } = await readJson(request, editBodySchema);
  const result = await editComment(getDb(), id, body, viewer, config().comments);
  revalidateSoon([cacheTags.comments(result.articleId)]);
  return apiJson({ comment: result.comment });
});

export const DELETE = api<Params>(async (request, params) => {
  requireSameOrigin(request);
  const id = parseId(params.commentId, 'comment');
  const result = await deleteComment(getDb(), id, await viewerFrom(request));
  revalidateSoon([cacheTags.comments(result.articleId)]);
  return apiJson({ comment: result.comment });
});
