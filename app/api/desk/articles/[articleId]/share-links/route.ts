import { z } from 'zod';
import { config } from '@/lib/config';
import { loadDeskArticle } from '@/lib/desk/article-rows';
import { notFound } from '@/lib/desk/errors';
import { createShareLink } from '@/lib/desk/share-links';
import { api, apiJson, parseId, readJson } from '@/lib/site/api';
import { getDb } from '@/lib/site/db';
import { signingSecret } from '@/lib/site/internal';
import { requireStaff } from '@/lib/site/staff';

const schema = z.object({ hours: z.number().int().min(1).max(720).optional() });

/** "Share preview": a signed link to the stored draft that works without an account until it expires. */
export const POST = api<{ articleId: string }>(async (request, { articleId }) => {
  const user = await requireStaff(request);
  const id = parseId(articleId, 'article');
  if (!(await loadDeskArticle(getDb(), id))) throw notFound();
  const { hours } = await readJson(request, schema);
  const { link, token } = await createShareLink(getDb(), signingSecret(), {
    articleId: id,
    createdBy: user.id,
    hours: hours ?? config().previewLinkHours,
  });
  return apiJson({ link, url: `${config().siteUrl}/preview/share/${token}` }, 201);
});
