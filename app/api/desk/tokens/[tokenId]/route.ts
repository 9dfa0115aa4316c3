import { api, apiJson, parseId } from '@/lib/site/api';
import { getDb } from '@/lib/site/db';
import { requireStaff } from '@/lib/site/staff';
import { revokeApiToken } from '@/lib/tokens/api-tokens';

type Params = { tokenId: string };

/** Revokes a token at once: its next request is refused (401). Revoking twice is harmless. */
export const DELETE = api<Params>(async (request, { tokenId }) => {
  await requireStaff(request, 'admin');
  return apiJson({ token: await revokeApiToken(getDb(), parseId(tokenId, 'API token')) });
});
