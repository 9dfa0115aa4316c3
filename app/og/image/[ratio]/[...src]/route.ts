import path from 'node:path';
import { connection } from 'next/server';
import { getStorage } from '@/lib/media';
import { cropImage } from '@/lib/media/crop';
import { readLibraryImage } from '@/lib/media/library-image';
import { LocalDirectoryStorage } from '@/lib/media/storage';
import { CROPS, type CropRatio } from '@/lib/seo/urls';

/**
 * 1:1, 4:3 and 16:9 crops, 1200 px wide, of a library image, by its public src:
 * `/og/image/16x9/demo/images/harbour-dawn.jpg`, `/og/image/1x1/media/<key>.jpg` (see cropPath).
 * Keyed by the file, not by a media id: a file never changes under its name, so a crop can be cached
 * for a year, and nothing is reachable here that its unguessable /media URL does not already serve.
 * Made at request time (connection()), never at build. HEAD is Next's, from GET.
 */
type Context = { params: Promise<{ ratio: string; src: string[] }> };

const publicFiles = new LocalDirectoryStorage(path.join(process.cwd(), 'public'));

export async function GET(_request: Request, context: Context): Promise<Response> {
  await connection();
  const { ratio, src } = await context.params;
  const size = Object.hasOwn(CROPS, ratio) ? CROPS[ratio as CropRatio] : null;
  const bytes = size ? await readLibraryImage(`/${src.join('/')}`, { uploads: getStorage(), publicFiles }) : null;
  if (!size || !bytes) {
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  }
  const jpeg = await cropImage(bytes, size);
  return new Response(new Uint8Array(jpeg), {
    headers: {
      'Content-Type': 'image/jpeg',
      'Content-Length': String(jpeg.length),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
