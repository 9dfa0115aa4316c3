/**
 * The image formats the media library accepts, their file extensions and the shape of storage keys.
 * Pure: shared by the upload service, the storage and the route that serves files.
 */
export const MEDIA_TYPES = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/gif': 'gif',
} as const;

export type MediaMime = keyof typeof MEDIA_TYPES;
export type MediaExtension = (typeof MEDIA_TYPES)[MediaMime];

export const ACCEPTED_MIME = Object.keys(MEDIA_TYPES) as MediaMime[];

/** For messages: "JPEG, PNG, WebP, AVIF or GIF". */
export const ACCEPTED_NAMES = 'JPEG, PNG, WebP, AVIF or GIF';

const BY_EXTENSION = Object.fromEntries(Object.entries(MEDIA_TYPES).map(([mime, ext]) => [ext, mime])) as Record<MediaExtension, MediaMime>;

export function extensionFor(mime: MediaMime): MediaExtension {
  return MEDIA_TYPES[mime];
}

/** A stored file's key: lowercase letters, digits and hyphens, then one of our extensions. Nothing else is served. */
export const MEDIA_KEY_PATTERN = /^[a-z0-9-]+\.(jpg|png|webp|avif|gif)$/;

/** The content type for a valid key, or null when the key is not one we could have written. */
export function mimeForKey(key: string): MediaMime | null {
  const match = MEDIA_KEY_PATTERN.exec(key);
  return match ? BY_EXTENSION[match[1] as MediaExtension] : null;
}

/** Public path of a stored file; this is what `media.src` holds and `next/image` receives. */
export function mediaSrc(key: string): string {
  return `/media/${key}`;
}
