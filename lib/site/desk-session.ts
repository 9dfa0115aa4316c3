import 'server-only';
import { roleOf } from '../desk/roles.ts';
import type { Actor } from '../desk/workflow.ts';
import type { SessionUser } from './auth.ts';

/** The workflow's view of a signed-in staff member. */
export function actorOf(user: SessionUser): Actor {
  return { id: user.id, name: user.name, role: roleOf(user.role) };
}

/** Desk JSON bodies carry whole articles: larger than comment bodies, still bounded. */
export const DESK_MAX_BODY_BYTES = 1_048_576;
