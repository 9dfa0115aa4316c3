import 'server-only';
import { createAuth, type Auth } from '../auth/auth.ts';
import { getDb } from '../db/connection.ts';

const globalForAuth = globalThis as unknown as { __newsAuth?: Auth };

export function getAuth(): Auth {
  globalForAuth.__newsAuth ??= createAuth(getDb());
  return globalForAuth.__newsAuth;
}

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  emailVerified: boolean;
  role: string;
  commentsBanned: boolean;
}

/** The signed-in user for a request, or null. */
export async function getSessionUser(headers: Headers): Promise<SessionUser | null> {
  const session = await getAuth().api.getSession({ headers });
  if (!session) return null;
  const u = session.user as typeof session.user & { role?: string; commentsBanned?: boolean };
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    emailVerified: Boolean(u.emailVerified),
    role: u.role ?? 'reader',
    commentsBanned: Boolean(u.commentsBanned),
  };
}
