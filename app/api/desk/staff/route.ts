import { roleChangeSchema, setRole } from '@/lib/desk/admin';
import { api, apiJson, readJson } from '@/lib/site/api';
import { getDb } from '@/lib/site/db';
import { requireStaff } from '@/lib/site/staff';

/** Gives an existing account a role (reader, contributor, editor, admin). Admins only. */
export const POST = api<Record<string, never>>(async (request) => {
  const admin = await requireStaff(request, 'admin');
  const input = await readJson(request, roleChangeSchema);
  return apiJson({ user: await setRole(getDb(), input, admin.id) });
});
