import { notFound } from '@/lib/desk/errors';
import { revokeShareLink } from '@/lib/desk/share-links';
import { api, apiJson, parseId } from '@/lib/site/api';
import { getDb } from '@/lib/site/db';
import { requireStaff } from '@/lib/site/staff';

/** Revokes a shared preview link before it expires. */
export const DELETE = api<{ articleId: string; linkId: string }>(async (request, { articleId, linkId }) => {
  await requireStaff(request);
  if (!(await revokeShareLink(getDb(), parseId(articleId, 'article'), linkId))) throw notFound('active preview link');
  return apiJson({ revoked: true });
});
