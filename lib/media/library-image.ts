import { mimeForKey } from './formats.ts';
import { InvalidMediaKeyError, type MediaStorage } from './storage.ts';

/**
 * Where the files behind a media `src` live: uploads (`/media/<key>`) in the media storage, the demo
 * library (`/demo/...`) among the public files. Both are MediaStorage so keys get the same checks.
 */
export interface ImageSources {
  uploads: MediaStorage;
  /** The public/ directory. */
  publicFiles: MediaStorage;
}

/** The bytes of a library image by its public src, or null for anything that is not one of ours. */
export async function readLibraryImage(src: string, sources: ImageSources): Promise<Buffer | null> {
  const segments = src.split('/').slice(1);
  const name = segments.at(-1) ?? '';
  if (src[0] !== '/' || !mimeForKey(name)) return null;
  let file;
  try {
    if (segments[0] === 'media' && segments.length === 2) file = await sources.uploads.read(name);
    else if (segments[0] === 'demo' && segments.length >= 2) file = await sources.publicFiles.read(segments.join('/'));
    else return null;
  } catch (error) {
    if (error instanceof InvalidMediaKeyError) return null;
    throw error;
  }
  return file ? Buffer.from(await new Response(file.body).arrayBuffer()) : null;
}
