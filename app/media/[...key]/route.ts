import { connection } from 'next/server';
import { getStorage } from '@/lib/media';
import { serveMedia } from '@/lib/media/serve';

/**
 * Uploaded images (MEDIA_DIR), at the `src` the media library records: /media/<key>.
 * Files are read when requested, never at build time: connection() ends prerendering here
 * (Cache Components prerender GET handlers that touch no request data).
 */
type Context = { params: Promise<{ key: string[] }> };

export async function GET(_request: Request, context: Context): Promise<Response> {
  await connection();
  const { key } = await context.params;
  return serveMedia(getStorage(), key, 'GET');
}

export async function HEAD(_request: Request, context: Context): Promise<Response> {
  await connection();
  const { key } = await context.params;
  return serveMedia(getStorage(), key, 'HEAD');
}
