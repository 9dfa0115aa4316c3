import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serveMedia } from './serve.ts';
import { LocalDirectoryStorage } from './storage.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'media-serve-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const storage = new LocalDirectoryStorage(path.join(root, 'media'));
fs.writeFileSync(path.join(root, 'outside.jpg'), 'outside');

describe('serving stored media', () => {
  it('serves a stored file with its type, length, nosniff and a year of caching', async () => {
    const bytes = Buffer.from('pretend-png-bytes');
    await storage.put('0a1b2c-3d.png', bytes, 'image/png');
    const response = await serveMedia(storage, ['0a1b2c-3d.png'], 'GET');
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'image/png',
      'content-length': String(bytes.length),
      'x-content-type-options': 'nosniff',
      'cache-control': 'public, max-age=31536000, immutable',
    });
    expect(Buffer.from(await response.arrayBuffer())).toEqual(bytes);
  });

  it('answers HEAD with the headers and no body', async () => {
    await storage.put('abc.webp', Buffer.from('12345'), 'image/webp');
    const response = await serveMedia(storage, ['abc.webp'], 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/webp');
    expect(response.headers.get('content-length')).toBe('5');
    expect(response.body).toBeNull();
  });

  it('types by extension: jpg, avif and gif', async () => {
    for (const [key, type] of [
      ['k1.jpg', 'image/jpeg'],
      ['k2.avif', 'image/avif'],
      ['k3.gif', 'image/gif'],
    ] as const) {
      await storage.put(key, Buffer.from('x'), type);
      const response = await serveMedia(storage, [key], 'GET');
      expect(response.headers.get('content-type')).toBe(type);
      await response.body?.cancel();
    }
  });

  it('answers 404 for missing files and for every key it could not have written', async () => {
    await storage.put('evil.svg', Buffer.from('<svg/>'), 'image/svg+xml').catch(() => {});
    for (const segments of [['missing.jpg'], ['..', 'outside.jpg'], ['evil.svg'], ['UPPER.jpg'], ['a.jpeg'], ['a.jpg.html'], ['.tmp-1.jpg'], ['dir', 'x.jpg'], [], ['a b.jpg'], ['x.JPG']]) {
      for (const method of ['GET', 'HEAD'] as const) {
        const response = await serveMedia(storage, segments, method);
        expect(response.status, `${method} ${segments.join('/')}`).toBe(404);
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      }
    }
  });
});
