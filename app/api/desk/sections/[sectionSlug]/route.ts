import { cacheTags } from '@/lib/cache-tags';
import { sectionSchema, updateSection } from '@/lib/desk/admin';
import { api, apiJson, readJson } from '@/lib/site/api';
import { getDb } from '@/lib/site/db';
import { revalidateNow } from '@/lib/site/internal';
import { requireStaff } from '@/lib/site/staff';

const updateSchema = sectionSchema.omit({ slug: true });

/** Renames, describes or reorders a section. Admins only. */
export const PUT = api<{ sectionSlug: string }>(async (request, { sectionSlug }) => {
  await requireStaff(request, 'admin');
  const input = await readJson(request, updateSchema);
  await updateSection(getDb(), sectionSlug, input);
  revalidateNow([cacheTags.sections, cacheTags.section(sectionSlug)]);
  return apiJson({ section: { slug: sectionSlug, ...input } });
});
