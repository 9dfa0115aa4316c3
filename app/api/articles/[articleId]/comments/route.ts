import { cacheTags } from '@/lib/cache-tags';
import { listQuerySchema, postBodySchema } from '@/lib/comments/contract';
import { CommentError } from '@/lib/comments/errors';
import { listComments, postComment } from '@/lib/comments/service';
import { config } from '@/lib/config';
import { api, apiJson, ipHashOf, parseId, readJson, requireSameOrigin, viewerFrom } from '@/lib/site/api';
import { getDb } from '@/lib/site/db';
import { revalidateSoon } from '@/lib/site/internal';

type Params = { articleId: string };

export const GET = api<Params>(async (request, params) => {
  const articleId = parseId(params.articleId, 'article');
  const query = listQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) {
    const issue = query.error.issues[0];
    throw new CommentError('bad_request', `${issue?.path.join('.')}: ${issue?.message}`, { field: issue?.path.join('.') });
  }
  const viewer = await viewerFrom(request);
  return apiJson(await listComments(getDb(), articleId, query.data, viewer, config().comments));
});

export const POST = api<Params>(async (request, params) => {
  requireSameOrigin(request);
  const articleId = parseId(params.articleId, 'article');
  const viewer = await viewerFrom(request);
  const input = await readJson(request, postBodySchema);
  const result = await postComment(
    getDb(),
    { articleId, body: input.body, parentId: input.parentId, idempotencyKey: request.headers.get('idempotency-key'), ipHash: ipHashOf(request) },
    viewer,
    config().comments,
  );
  if (!result.replayed && result.comment.status === 'approved') revalidateSoon([cacheTags.comments(articleId)]);
  return apiJson({ comment: result.comment }, result.replayed ? 200 : 201);
});
