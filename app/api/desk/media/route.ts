import { CommentError } from '@/lib/comments/errors';
import { config } from '@/lib/config';
import { getStorage } from '@/lib/media';
import { readUploadForm } from '@/lib/media/form';
import { listRecentMedia, saveUpload } from '@/lib/media/uploads';
import { api, apiJson } from '@/lib/site/api';
import { getDb } from '@/lib/site/db';
import { requireStaff } from '@/lib/site/staff';

/**
 * The desk's media library.
 * POST multipart/form-data { file, alt, credit? } → 201 { media }: staff only, same origin.
 * GET ?q=&limit= → { media: [...] }, newest first, for the image picker.
 */
export const POST = api<Record<string, never>>(async (request) => {
  const user = await requireStaff(request);
  const { maxBytes } = config().media;
  const form = await readUploadForm(request, maxBytes);
  const media = await saveUpload(getDb(), getStorage(), { bytes: form.bytes, alt: form.alt, credit: form.credit, userId: user.id }, { maxBytes });
  return apiJson({ media }, 201);
});

export const GET = api<Record<string, never>>(async (request) => {
  await requireStaff(request);
  const params = new URL(request.url).searchParams;
  const q = params.get('q') ?? '';
  if (q.length > 200) throw new CommentError('validation_failed', 'Search for at most 200 characters.', { field: 'q' });
  const rawLimit = params.get('limit');
  const limit = rawLimit === null || rawLimit === '' ? 40 : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new CommentError('validation_failed', 'limit must be a whole number from 1 to 100.', { field: 'limit' });
  return apiJson({ media: await listRecentMedia(getDb(), { q, limit }) });
});
