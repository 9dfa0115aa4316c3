import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MEDIA_KEY_PATTERN } from './formats.ts';
import { InvalidMediaKeyError, LocalDirectoryStorage, newMediaKey } from './storage.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'media-storage-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

describe('local directory media storage', () => {
  it('makes random keys with the extension of the type, matching what the media route serves', () => {
    const a = newMediaKey('image/jpeg');
    const b = newMediaKey('image/jpeg');
    expect(a).toMatch(/^[0-9a-f]{32}\.jpg$/);
    expect(a).not.toBe(b);
    for (const mime of ['image/png', 'image/webp', 'image/avif', 'image/gif'] as const) expect(newMediaKey(mime)).toMatch(MEDIA_KEY_PATTERN);
  });

  it('creates its directory, writes, reads back with the size, and deletes', async () => {
    const storage = new LocalDirectoryStorage(path.join(root, 'nested', 'media'));
    const bytes = Buffer.from('not really a jpeg, but storage does not care');
    await storage.put('abc-123.jpg', bytes, 'image/jpeg');
    const file = await storage.read('abc-123.jpg');
    expect(file?.size).toBe(bytes.length);
    expect(await readAll(file!.body)).toEqual(bytes);
    expect(await storage.stat('abc-123.jpg')).toEqual({ size: bytes.length });
    // Nothing but the file itself is left in the directory (the temporary file was renamed).
    expect(fs.readdirSync(path.join(root, 'nested', 'media'))).toEqual(['abc-123.jpg']);

    await storage.delete('abc-123.jpg');
    expect(await storage.read('abc-123.jpg')).toBeNull();
    expect(await storage.stat('abc-123.jpg')).toBeNull();
    await expect(storage.delete('abc-123.jpg')).resolves.toBeUndefined();
  });

  it('replaces a file atomically under the same key', async () => {
    const storage = new LocalDirectoryStorage(root);
    await storage.put('same.png', Buffer.from('one'), 'image/png');
    await storage.put('same.png', Buffer.from('two!'), 'image/png');
    const file = await storage.read('same.png');
    expect((await readAll(file!.body)).toString()).toBe('two!');
  });

  it('answers null for missing keys and refuses keys that could leave the directory', async () => {
    const storage = new LocalDirectoryStorage(path.join(root, 'guarded'));
    expect(await storage.read('missing.jpg')).toBeNull();
    fs.writeFileSync(path.join(root, 'secret.txt'), 'outside');
    for (const key of ['../secret.txt', 'a/../../secret.txt', '/etc/passwd', path.join(root, 'secret.txt'), '..', '', 'a\\..\\b.jpg', 'nul\0.jpg', '.hidden.jpg', 'a//b.jpg']) {
      await expect(storage.read(key), key).rejects.toBeInstanceOf(InvalidMediaKeyError);
      await expect(storage.put(key, Buffer.from('x'), 'image/jpeg'), key).rejects.toBeInstanceOf(InvalidMediaKeyError);
      await expect(storage.delete(key), key).rejects.toBeInstanceOf(InvalidMediaKeyError);
    }
    expect(fs.readFileSync(path.join(root, 'secret.txt'), 'utf8')).toBe('outside');
  });
});
