import { toNextJsHandler } from 'better-auth/next-js';
import { getAuth } from '@/lib/site/auth';

/** Every auth answer is about one person (a session, a cookie): never for a shared cache. */
async function handler(request: Request) {
  const response = await getAuth().handler(request);
  const headers = new Headers(response.headers);
  headers.set('Cache-Control', 'private, no-store');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

export const { GET, POST } = toNextJsHandler(handler);
