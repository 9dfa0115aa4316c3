import 'server-only';
import { CommentError } from '../comments/errors.ts';
import { hasRole, type StaffRole } from '../desk/roles.ts';
import { getSessionUser, type SessionUser } from './auth.ts';
import { requireSameOrigin } from './api.ts';

/**
 * The desk's request guard: a signed-in staff member with at least `least`, and for writes a request
 * from our own origin. Throws the API's error shape (401/403), so route handlers just call it.
 */
export async function requireStaff(request: Request, least: StaffRole = 'contributor'): Promise<SessionUser> {
  if (request.method !== 'GET' && request.method !== 'HEAD') requireSameOrigin(request);
  const user = await getSessionUser(request.headers);
  if (!user) throw new CommentError('unauthenticated', 'Sign in with a staff account.');
  if (!hasRole(user.role, least)) throw new CommentError('forbidden', `This needs the ${least} role or above.`);
  return user;
}
