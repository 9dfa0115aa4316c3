import { ingestArticle, tokenActor } from '@/lib/ingest/ingest';
import { readJsonBody, tokenApi } from '@/lib/ingest/http';
import { getStorage } from '@/lib/media';
import { apiJson } from '@/lib/site/api';
import { getDb } from '@/lib/site/db';
import { revalidateNow } from '@/lib/site/internal';
import { authenticateBearer } from '@/lib/tokens/api-tokens';

/**
 * POST /api/v1/articles: creates an article, or updates the one with the same externalId
 * (201 created, 200 updated). Needs a token with articles:write. See README "Ingest API".
 */
export const POST = tokenApi<Record<string, never>>(async (request) => {
  const db = getDb();
  const token = await authenticateBearer(db, request.headers.get('authorization'), 'articles:write');
  const body = await readJsonBody(request);
  const result = await ingestArticle(db, body, { actor: tokenActor(token), storage: getStorage() });
  revalidateNow(result.revalidate);
  const response = apiJson({ article: result.article, created: result.created }, result.created ? 201 : 200);
  if (result.created) response.headers.set('Location', `/api/v1/articles/${result.article.id}`);
  return response;
});
