import { cacheTags } from '@/lib/cache-tags';
import { createSection, sectionSchema } from '@/lib/desk/admin';
import { api, apiJson, readJson } from '@/lib/site/api';
import { getDb } from '@/lib/site/db';
import { revalidateNow } from '@/lib/site/internal';
import { requireStaff } from '@/lib/site/staff';

/** A new section: it appears in the navigation and on the front page once it has articles. Admins only. */
export const POST = api<Record<string, never>>(async (request) => {
  await requireStaff(request, 'admin');
  const input = await readJson(request, sectionSchema);
  const section = await createSection(getDb(), input);
  revalidateNow([cacheTags.sections, cacheTags.section(section.slug)]);
  return apiJson({ section }, 201);
});
