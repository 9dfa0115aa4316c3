import { CommentError } from '@/lib/comments/errors';
import { api, apiJson, parseId, viewerFrom } from '@/lib/site/api';
import { getFullBody } from '@/lib/site/content';

/** The whole body of an article for signed-in members; anonymous readers get 401 and no text. */
export const GET = api<{ articleId: string }>(async (request, params) => {
  const articleId = parseId(params.articleId, 'article');
  if (!(await viewerFrom(request))) throw new CommentError('unauthenticated', 'Sign in to read the whole article.');
  const body = await getFullBody(articleId);
  if (!body) throw new CommentError('not_found', 'There is no such article.');
  return apiJson(body);
});
