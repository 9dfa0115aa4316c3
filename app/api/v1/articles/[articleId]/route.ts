import { getIngestArticle, ingestArticle, tokenActor } from '@/lib/ingest/ingest';
import { readJsonBody, tokenApi } from '@/lib/ingest/http';
import { getStorage } from '@/lib/media';
import { apiJson, parseId } from '@/lib/site/api';
import { getDb } from '@/lib/site/db';
import { revalidateNow } from '@/lib/site/internal';
import { authenticateBearer } from '@/lib/tokens/api-tokens';

type Params = { articleId: string };

/** GET /api/v1/articles/{id}: the article as the API stores it (articles:read or articles:write). */
export const GET = tokenApi<Params>(async (request, { articleId }) => {
  const db = getDb();
  await authenticateBearer(db, request.headers.get('authorization'), ['articles:read', 'articles:write']);
  return apiJson({ article: await getIngestArticle(db, parseId(articleId, 'article')) });
});

/** PUT /api/v1/articles/{id}: replaces the article's fields and applies its status (articles:write). */
export const PUT = tokenApi<Params>(async (request, { articleId }) => {
  const db = getDb();
  const token = await authenticateBearer(db, request.headers.get('authorization'), 'articles:write');
  const id = parseId(articleId, 'article');
  const body = await readJsonBody(request);
  const result = await ingestArticle(db, body, { actor: tokenActor(token), articleId: id, storage: getStorage() });
  revalidateNow(result.revalidate);
  return apiJson({ article: result.article, created: false });
});
