import { draftMode } from 'next/headers';
import { z } from 'zod';
import { loadDeskArticle } from '@/lib/desk/article-rows';
import { notFound } from '@/lib/desk/errors';
import { savePreviewSnapshot } from '@/lib/desk/preview';
import { api, apiJson, parseId, readJson } from '@/lib/site/api';
import { getDb } from '@/lib/site/db';
import { DESK_MAX_BODY_BYTES } from '@/lib/site/desk-session';
import { requireStaff } from '@/lib/site/staff';

const schema = z.object({ fields: z.record(z.string(), z.unknown()) });

/**
 * "Preview": keeps the editor's unsaved fields briefly and turns on Next's draft mode for this
 * browser, then the preview page renders them in the public layout. Nothing public is touched.
 */
export const POST = api<{ articleId: string }>(async (request, { articleId }) => {
  const user = await requireStaff(request);
  const id = parseId(articleId, 'article');
  if (!(await loadDeskArticle(getDb(), id))) throw notFound();
  const { fields } = await readJson(request, schema, { maxBytes: DESK_MAX_BODY_BYTES });
  const snapshotId = await savePreviewSnapshot(getDb(), id, user.id, fields);
  (await draftMode()).enable();
  return apiJson({ url: `/preview/${snapshotId}` }, 201);
});
