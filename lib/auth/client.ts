import { createAuthClient } from 'better-auth/react';

/**
 * Better Auth in the browser. Same origin, so no baseURL: requests go to /api/auth.
 * Only the account pages import this; the masthead uses a plain fetch to stay small.
 */
export const authClient = createAuthClient();
