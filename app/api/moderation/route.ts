import { cacheTags } from '@/lib/cache-tags';
import { capabilities } from '@/lib/desk/roles';
import { CommentError } from '@/lib/comments/errors';
import { moderate, moderationRequestSchema } from '@/lib/comments/moderation';
import { api, apiJson, readJson, requireSameOrigin, viewerFrom } from '@/lib/site/api';
import { getDb } from '@/lib/site/db';
import { revalidateSoon } from '@/lib/site/internal';

/**
 * Moderation actions, for editors. JSON ({ action, commentIds }) answers JSON; the queue page's
 * plain HTML form (works without JavaScript) is answered with a redirect back to the queue.
 */
export const POST = api<Record<string, never>>(async (request) => {
  requireSameOrigin(request);
  const viewer = await viewerFrom(request);
  if (!viewer) throw new CommentError('unauthenticated', 'Sign in as an editor to moderate.');
  if (!capabilities.moderate(viewer.role)) throw new CommentError('forbidden', 'Only editors can moderate comments.');

  const isForm = (request.headers.get('content-type') ?? '').includes('application/x-www-form-urlencoded');
  let input;
  let returnTo = '/desk/moderation';
  if (isForm) {
    const form = await request.formData();
    const parsed = moderationRequestSchema.safeParse({ action: form.get('action'), commentIds: form.getAll('ids') });
    if (!parsed.success) throw new CommentError('validation_failed', 'Choose at least one comment and an action.');
    input = parsed.data;
    const back = new URL(String(form.get('returnTo') ?? ''), 'http://relative.invalid');
    // Only back into the queue, judged after normalising (so /desk/moderation/..//evil.com is refused).
    if (back.origin === 'http://relative.invalid' && back.pathname === '/desk/moderation') returnTo = `${back.pathname}${back.search}`;
  } else {
    input = await readJson(request, moderationRequestSchema);
  }

  const result = await moderate(getDb(), input.action, input.commentIds);
  revalidateSoon(result.articleIds.map((articleId) => cacheTags.comments(articleId)));
  if (isForm) {
    // A relative Location: request.url may name another host (localhost for 127.0.0.1), which would drop the cookies.
    const url = new URL(returnTo, 'http://relative.invalid');
    url.searchParams.set('done', `${input.action}:${result.affected}`);
    return new Response(null, { status: 303, headers: { Location: `${url.pathname}${url.search}`, 'Cache-Control': 'private, no-store' } });
  }
  return apiJson(result);
});
