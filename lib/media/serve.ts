import { mimeForKey } from './formats.ts';
import type { MediaStorage } from './storage.ts';

/**
 * The response for GET/HEAD /media/<key>. Only keys we could have written are looked up
 * (`[a-z0-9-]+.(jpg|png|webp|avif|gif)`, one path segment); the type comes from the extension,
 * which the upload chose from the sniffed bytes. Files never change under a key: cached for a year.
 */
export async function serveMedia(storage: MediaStorage, segments: readonly string[], method: 'GET' | 'HEAD'): Promise<Response> {
  const key = segments.length === 1 ? segments[0]! : '';
  const mime = mimeForKey(key);
  if (!mime) return notFound();
  const headers = {
    'Content-Type': mime,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'public, max-age=31536000, immutable',
  };
  if (method === 'HEAD') {
    const info = await storage.stat(key);
    if (!info) return notFound();
    return new Response(null, { status: 200, headers: { ...headers, 'Content-Length': String(info.size) } });
  }
  const file = await storage.read(key);
  if (!file) return notFound();
  return new Response(file.body, { status: 200, headers: { ...headers, 'Content-Length': String(file.size) } });
}

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' },
  });
}
