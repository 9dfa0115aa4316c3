import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLibraryImage } from './library-image.ts';
import { LocalDirectoryStorage } from './storage.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'library-image-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const uploads = new LocalDirectoryStorage(path.join(root, 'uploads'));
const publicFiles = new LocalDirectoryStorage(path.join(root, 'public'));
const sources = { uploads, publicFiles };

describe('reading library images by src', () => {
  it('reads uploads from the media storage and demo images from the public files', async () => {
    await uploads.put('0a1b2c.jpg', Buffer.from('upload'), 'image/jpeg');
    await publicFiles.put('demo/images/harbour-dawn.jpg', Buffer.from('demo'), 'image/jpeg');
    expect((await readLibraryImage('/media/0a1b2c.jpg', sources))?.toString()).toBe('upload');
    expect((await readLibraryImage('/demo/images/harbour-dawn.jpg', sources))?.toString()).toBe('demo');
  });

  it('reads the real demo library shipped in public/', async () => {
    const real = { uploads, publicFiles: new LocalDirectoryStorage(path.resolve('public')) };
    expect((await readLibraryImage('/demo/images/harbour-dawn.jpg', real))?.length).toBeGreaterThan(1000);
  });

  it('has nothing for missing files, other places, other types or escapes', async () => {
    await publicFiles.put('secret.jpg', Buffer.from('not under demo'), 'image/jpeg');
    await publicFiles.put('demo/notes.txt', Buffer.from('text'), 'text/plain');
    for (const src of [
      '/media/missing.jpg',
      '/media/nested/0a1b2c.jpg',
      '/secret.jpg',
      '/demo/notes.txt',
      '/demo/../secret.jpg',
      '/demo/%2e%2e/secret.jpg',
      'demo/images/harbour-dawn.jpg',
      '/media/0A1B2C.JPG',
    ]) {
      expect(await readLibraryImage(src, sources), src).toBeNull();
    }
  });
});
