import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { extensionFor, type MediaMime } from './formats.ts';

/**
 * Where uploaded files live. Keys are ours (random, see newMediaKey), never an uploader's file name.
 * The local-directory implementation below is the default; an object store (S3…) implements the
 * same three calls and is chosen in lib/media/index.ts.
 */
export interface MediaStorage {
  /** Stores the bytes under `key`, replacing nothing half-written: readers see all or nothing. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The file as a stream and its size in bytes, or null when there is none. */
  read(key: string): Promise<StoredFile | null>;
  /** The size alone (for HEAD), or null when there is none. */
  stat(key: string): Promise<{ size: number } | null>;
  /** Removes the file; removing a missing file is not an error. */
  delete(key: string): Promise<void>;
}

export interface StoredFile {
  body: ReadableStream<Uint8Array>;
  size: number;
}

/** A fresh, unguessable key with the extension of the (sniffed) type: 32 hex digits, e.g. `3f9c…e1.jpg`. */
export function newMediaKey(mime: MediaMime): string {
  return `${randomBytes(16).toString('hex')}.${extensionFor(mime)}`;
}

export class InvalidMediaKeyError extends Error {}

/**
 * Keys are relative paths of plain segments: no `..`, `.`, empty or hidden segments, no
 * backslashes, NUL or absolute paths. Checked again after resolving, against the root.
 */
export function checkKey(key: string): string[] {
  const segments = key.split('/');
  const plain = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
  if (key.length === 0 || key.length > 255 || segments.some((s) => !plain.test(s) || s.includes('..'))) {
    throw new InvalidMediaKeyError(`Invalid media key: ${JSON.stringify(key)}`);
  }
  return segments;
}

export class LocalDirectoryStorage implements MediaStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  private pathOf(key: string): string {
    const full = path.resolve(this.root, ...checkKey(key));
    if (!full.startsWith(this.root + path.sep)) throw new InvalidMediaKeyError(`Invalid media key: ${JSON.stringify(key)}`);
    return full;
  }

  /** The content type is not kept: the served type comes from the key's extension. */
  async put(key: string, bytes: Uint8Array, _contentType?: string): Promise<void> {
    const target = this.pathOf(key);
    const dir = path.dirname(target);
    await fs.mkdir(dir, { recursive: true });
    // Written beside the target (same file system) under a dotted name no key can match, then renamed into place.
    const temp = path.join(dir, `.tmp-${randomBytes(8).toString('hex')}`);
    try {
      const handle = await fs.open(temp, 'wx', 0o644);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rename(temp, target);
    } catch (error) {
      await fs.rm(temp, { force: true });
      throw error;
    }
  }

  async read(key: string): Promise<StoredFile | null> {
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(this.pathOf(key), 'r');
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
    try {
      const info = await handle.stat();
      if (!info.isFile()) {
        await handle.close();
        return null;
      }
      // The stream owns the handle from here: it closes it when done, failed or cancelled.
      const stream = handle.createReadStream({ autoClose: true });
      return { body: Readable.toWeb(stream) as ReadableStream<Uint8Array>, size: info.size };
    } catch (error) {
      await handle.close().catch(() => {});
      throw error;
    }
  }

  async stat(key: string): Promise<{ size: number } | null> {
    try {
      const info = await fs.stat(this.pathOf(key));
      return info.isFile() ? { size: info.size } : null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await fs.rm(this.pathOf(key), { force: true });
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
