import sharp, { type Metadata, type Sharp } from 'sharp';
import { sql } from 'kysely';
import { CommentError } from '../comments/errors.ts';
import { nowIso, toIso } from '../content/time.ts';
import type { DB } from '../db/connection.ts';
import { ACCEPTED_NAMES, mediaSrc, type MediaMime } from './formats.ts';
import { sniffImageType } from './sniff.ts';
import { newMediaKey, type MediaStorage } from './storage.ts';

/**
 * Image uploads for the desk: the type is sniffed from the bytes, the image is decoded by sharp
 * (which also gives the oriented dimensions) and re-encoded in its own format without metadata,
 * so camera EXIF (GPS position, serial numbers) never reaches readers. GIFs are stored as sent.
 */

/** Decoding guard: anything larger is refused before sharp allocates pixels for it. */
export const MEDIA_MAX_PIXELS = 40_000_000;
export const ALT_MAX_LENGTH = 300;
export const CREDIT_MAX_LENGTH = 200;

export interface UploadLimits {
  maxBytes: number;
  /** Defaults to MEDIA_MAX_PIXELS. */
  maxPixels?: number;
}

export interface UploadInput {
  bytes: Uint8Array;
  alt: string;
  credit?: string | null;
  /** The uploader (Better Auth user id). */
  /** Null for uploads by API integrations and CLIs. */
  userId: string | null;
}

export interface MediaItem {
  id: number;
  src: string;
  width: number;
  height: number;
  alt: string;
  credit: string | null;
  mime: string;
}

export interface MediaListItem extends MediaItem {
  createdAt: string;
  /** Null for library images that were not uploaded (the demo set). */
  byteSize: number | null;
}

export async function saveUpload(db: DB, storage: MediaStorage, input: UploadInput, limits: UploadLimits): Promise<MediaItem> {
  const maxPixels = limits.maxPixels ?? MEDIA_MAX_PIXELS;
  const { bytes } = input;
  if (bytes.byteLength === 0) throw new CommentError('validation_failed', 'The file is empty.', { field: 'file' });
  if (bytes.byteLength > limits.maxBytes) throw uploadTooLarge(limits.maxBytes, bytes.byteLength);
  const mime = sniffImageType(bytes);
  if (!mime) throw new CommentError('unsupported_media_type', `That file is not an image we accept. Upload a ${ACCEPTED_NAMES} image.`, { field: 'file' });
  const alt = cleanText(input.alt);
  if (!alt) throw new CommentError('validation_failed', 'Describe the image for readers who cannot see it (alt text).', { field: 'alt' });
  if (alt.length > ALT_MAX_LENGTH) throw new CommentError('validation_failed', `Alt text is at most ${ALT_MAX_LENGTH} characters.`, { field: 'alt' });
  const credit = cleanText(input.credit ?? '') || null;
  if (credit && credit.length > CREDIT_MAX_LENGTH) {
    throw new CommentError('validation_failed', `The credit is at most ${CREDIT_MAX_LENGTH} characters.`, { field: 'credit' });
  }

  const image = await processImage(bytes, mime, maxPixels);
  const key = newMediaKey(mime);
  await storage.put(key, image.bytes, mime);
  try {
    const src = mediaSrc(key);
    const row = await db
      .insertInto('media')
      .values({
        src,
        width: image.width,
        height: image.height,
        mime,
        alt,
        credit,
        created_at: nowIso(),
        byte_size: image.bytes.byteLength,
        uploaded_by: input.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: row.id, src, width: image.width, height: image.height, alt, credit, mime };
  } catch (error) {
    // No row, no file: a failed insert must not leave an orphan behind.
    await storage.delete(key).catch(() => {});
    throw error;
  }
}

/** The newest library images first, optionally those whose alt text or credit contains `q`. */
export async function listRecentMedia(db: DB, options: { q?: string | null; limit: number }): Promise<MediaListItem[]> {
  let query = db.selectFrom('media').select(['id', 'src', 'width', 'height', 'alt', 'credit', 'mime', 'created_at', 'byte_size']);
  const q = options.q?.trim().toLowerCase();
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([sql<boolean>`lower(alt) like ${pattern} escape '\\'`, sql<boolean>`lower(coalesce(credit, '')) like ${pattern} escape '\\'`]),
    );
  }
  const limit = Math.max(1, Math.min(100, Math.trunc(options.limit) || 1));
  const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    id: r.id,
    src: r.src,
    width: r.width,
    height: r.height,
    alt: r.alt,
    credit: r.credit,
    mime: r.mime,
    createdAt: toIso(r.created_at),
    byteSize: r.byte_size,
  }));
}

interface ProcessedImage {
  bytes: Uint8Array;
  width: number;
  height: number;
}

/** Decodes, measures and re-encodes (or, for GIF, only checks) an image of the sniffed type. */
async function processImage(bytes: Uint8Array, mime: MediaMime, maxPixels: number): Promise<ProcessedImage> {
  const options = { limitInputPixels: maxPixels, failOn: 'error' as const };
  let meta: Metadata;
  try {
    meta = await sharp(bytes, options).metadata();
  } catch (error) {
    throw decodeRefusal(error, maxPixels);
  }
  if (!formatMatches(meta, mime)) {
    // The magic number promised one format and the decoder found another (a HEVC-coded HEIF with an AVIF brand…).
    throw new CommentError('unsupported_media_type', `That file is not an image we accept. Upload a ${ACCEPTED_NAMES} image.`, { field: 'file' });
  }
  // Oriented dimensions (EXIF orientation 5–8 swaps them), of one frame for animations.
  const width = meta.autoOrient.width;
  const height = meta.autoOrient.height;
  if (!width || !height) throw unreadable();
  if (width * height > maxPixels) throw tooManyPixels(width, height, maxPixels);

  try {
    if (mime === 'image/gif') {
      // Stored as sent (re-encoding would degrade palettes and animations); decoding proves it is an image.
      await sharp(bytes, options).stats();
      return { bytes, width, height };
    }
    const animated = mime === 'image/webp' && (meta.pages ?? 1) > 1;
    let pipeline: Sharp = sharp(bytes, { ...options, animated });
    // rotate() applies the EXIF orientation to the pixels; no metadata is copied to the output (sharp's default).
    if (!animated) pipeline = pipeline.rotate();
    const encoded = await encode(pipeline, mime, meta).toBuffer();
    return { bytes: encoded, width, height };
  } catch (error) {
    throw decodeRefusal(error, maxPixels);
  }
}

function encode(pipeline: Sharp, mime: Exclude<MediaMime, 'image/gif'>, meta: Metadata): Sharp {
  switch (mime) {
    case 'image/jpeg':
      return pipeline.jpeg({ quality: 90, progressive: true });
    case 'image/png':
      // Palette images stay palette images (exact colours when there are at most 256 of them).
      return meta.isPalette ? pipeline.png({ palette: true, quality: 100, dither: 0 }) : pipeline.png();
    case 'image/webp':
      return pipeline.webp({ quality: 90 });
    case 'image/avif':
      return pipeline.avif({ quality: 70 });
  }
}

function formatMatches(meta: Metadata, mime: MediaMime): boolean {
  switch (mime) {
    case 'image/jpeg':
      return meta.format === 'jpeg';
    case 'image/png':
      return meta.format === 'png';
    case 'image/webp':
      return meta.format === 'webp';
    case 'image/gif':
      return meta.format === 'gif';
    case 'image/avif':
      return meta.format === 'heif' && meta.compression === 'av1';
  }
}

function decodeRefusal(error: unknown, maxPixels: number): CommentError {
  if (error instanceof CommentError) return error;
  if (error instanceof Error && /pixel limit/i.test(error.message)) {
    return new CommentError('validation_failed', `The image is too large: the limit is ${Math.round(maxPixels / 1_000_000)} megapixels.`, { field: 'file' });
  }
  return unreadable();
}

function unreadable(): CommentError {
  return new CommentError('validation_failed', 'The image could not be read: the file may be damaged or incomplete.', { field: 'file' });
}

function tooManyPixels(width: number, height: number, maxPixels: number): CommentError {
  const mp = (width * height) / 1_000_000;
  return new CommentError(
    'validation_failed',
    `The image is ${width} × ${height} pixels (${mp.toFixed(1)} megapixels): the limit is ${Math.round(maxPixels / 1_000_000)} megapixels. Resize it and try again.`,
    { field: 'file' },
  );
}

/** 413, naming the limit in MB (and the file's size when known). */
export function uploadTooLarge(maxBytes: number, actualBytes?: number): CommentError {
  // The size rounds up and the limit down, so a file just over never reads as "10 MB; the limit is 10 MB".
  const size = actualBytes === undefined ? 'The file is too large' : `The file is ${megabytes(actualBytes, Math.ceil)} MB`;
  return new CommentError('payload_too_large', `${size}: the limit is ${megabytes(maxBytes, Math.floor)} MB.`, { field: 'file' });
}

/** MB (MiB, as the limit is set) to one decimal, without a trailing ".0". */
function megabytes(bytes: number, round: (n: number) => number): string {
  return String(round((bytes / (1024 * 1024)) * 10) / 10);
}

/** Trimmed, with runs of whitespace (newlines, tabs) folded into single spaces. */
function cleanText(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
