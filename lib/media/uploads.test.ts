import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommentError } from '../comments/errors.ts';
import { describeEachEngine } from '../testing/each-engine.ts';
import { MEDIA_KEY_PATTERN } from './formats.ts';
import { LocalDirectoryStorage } from './storage.ts';
import { listRecentMedia, saveUpload, type UploadLimits } from './uploads.ts';

const limits: UploadLimits = { maxBytes: 10 * 1024 * 1024 };
const GPS = { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 2637/100', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 3966/100' };

/** A photo-like image (a gradient, so encoders have something to do). */
function picture(width: number, height: number) {
  const raw = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      raw[i] = (x * 255) / width;
      raw[i + 1] = (y * 255) / height;
      raw[i + 2] = 128;
    }
  }
  return sharp(raw, { raw: { width, height, channels: 3 } });
}

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CommentError) return { code: error.code, message: error.message, ...error.options };
    throw error;
  }
  throw new Error('expected a refusal');
}

describeEachEngine('media uploads', ({ db }) => {
  let dir = '';
  let storage: LocalDirectoryStorage;
  const stored = (src: string) => fs.readFileSync(path.join(dir, src.replace(/^\/media\//, '')));
  const files = () => fs.readdirSync(dir);
  const rowCount = async () => Number((await db().selectFrom('media').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'media-uploads-'));
    storage = new LocalDirectoryStorage(dir);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('stores a JPEG under a random key, records the row and returns the library item', async () => {
    const bytes = await picture(64, 48).jpeg().toBuffer();
    const media = await saveUpload(db(), storage, { bytes, alt: '  A   gradient,\n for testing ', credit: ' Photo: Desk ', userId: 'user-1' }, limits);
    expect(media).toMatchObject({ width: 64, height: 48, mime: 'image/jpeg', alt: 'A gradient, for testing', credit: 'Photo: Desk' });
    expect(media.src).toMatch(/^\/media\/[0-9a-f]{32}\.jpg$/);
    expect(media.src.slice('/media/'.length)).toMatch(MEDIA_KEY_PATTERN);

    const row = await db().selectFrom('media').selectAll().where('id', '=', media.id).executeTakeFirstOrThrow();
    const file = stored(media.src);
    expect(row).toMatchObject({ src: media.src, width: 64, height: 48, mime: 'image/jpeg', uploaded_by: 'user-1', byte_size: file.length });
    expect(Math.abs(new Date(row.created_at).getTime() - Date.now())).toBeLessThan(60_000);
    expect(await sharp(file).metadata()).toMatchObject({ format: 'jpeg', width: 64, height: 48 });
  });

  it('reports the oriented size of a JPEG with EXIF orientation 6 and stores it upright', async () => {
    // 80 × 40 pixels on disk, to be shown rotated 90° clockwise: 40 wide, 80 tall.
    const bytes = await picture(80, 40).jpeg().withMetadata({ orientation: 6 }).withExif({ IFD0: { Make: 'PhoneCo', Model: 'Pocket 9' }, IFD3: GPS }).toBuffer();
    expect((await sharp(bytes).metadata()).orientation).toBe(6);
    const media = await saveUpload(db(), storage, { bytes, alt: 'A portrait photo', userId: 'user-1' }, limits);
    expect(media).toMatchObject({ width: 40, height: 80 });
    const meta = await sharp(stored(media.src)).metadata();
    expect(meta).toMatchObject({ width: 40, height: 80 });
    expect(meta.orientation).toBeUndefined();
    expect(meta.exif).toBeUndefined();
    // Rotated 90° clockwise: the old bottom-left corner (green) is now top-left, the old top-left (black) top-right.
    const { data, info } = await sharp(stored(media.src)).raw().toBuffer({ resolveWithObject: true });
    const green = (x: number, y: number) => data[(y * info.width + x) * info.channels + 1]!;
    expect(green(1, 1)).toBeGreaterThan(180);
    expect(green(38, 1)).toBeLessThan(40);
  });

  it('removes EXIF, GPS and XMP metadata from JPEG, PNG, WebP and AVIF', async () => {
    const exif = { IFD0: { Make: 'PhoneCo', Model: 'Pocket 9', Artist: 'Secret Photographer' }, IFD3: GPS };
    const inputs = {
      jpeg: await picture(48, 32).jpeg().withExif(exif).withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/">Secret Place</x:xmpmeta>').toBuffer(),
      png: await picture(48, 32).png().withExif(exif).toBuffer(),
      webp: await picture(48, 32).webp().withExif(exif).toBuffer(),
      avif: await picture(48, 32).avif().withExif(exif).toBuffer(),
    };
    for (const [format, bytes] of Object.entries(inputs)) {
      const before = await sharp(bytes).metadata();
      expect(before.exif?.toString('latin1'), format).toContain('Secret Photographer');
      if (format === 'jpeg') expect(before.xmp?.toString()).toContain('Secret Place');
      const media = await saveUpload(db(), storage, { bytes, alt: `Metadata test ${format}`, userId: 'user-2' }, limits);
      expect(media.mime).toBe(`image/${format}`);
      const file = stored(media.src);
      const after = await sharp(file).metadata();
      expect(after.format, format).toBe(format === 'avif' ? 'heif' : format);
      expect(after.exif, format).toBeUndefined();
      expect(after.xmp, format).toBeUndefined();
      const text = file.toString('latin1');
      for (const secret of ['Secret Photographer', 'PhoneCo', 'Secret Place', 'Exif\0\0']) expect(text, `${format}: ${secret}`).not.toContain(secret);
    }
  });

  it('stores a GIF exactly as sent, and keeps a WebP animation animated', async () => {
    const frames = 3;
    const strip = await picture(20, 10 * frames).raw().toBuffer();
    const gif = await sharp(strip, { raw: { width: 20, height: 10 * frames, channels: 3, pageHeight: 10 } }).gif().toBuffer();
    const media = await saveUpload(db(), storage, { bytes: gif, alt: 'An animation', userId: 'user-1' }, limits);
    expect(media).toMatchObject({ mime: 'image/gif', width: 20, height: 10 });
    expect(stored(media.src).equals(gif)).toBe(true);

    const webp = await sharp(strip, { raw: { width: 20, height: 10 * frames, channels: 3, pageHeight: 10 } }).webp().toBuffer();
    const animated = await saveUpload(db(), storage, { bytes: webp, alt: 'An animated WebP', userId: 'user-1' }, limits);
    expect(animated).toMatchObject({ mime: 'image/webp', width: 20, height: 10 });
    expect((await sharp(stored(animated.src)).metadata()).pages).toBe(frames);
  });

  it('refuses an oversize file with 413 naming the limit in MB, storing nothing', async () => {
    const bytes = await picture(300, 200).png().toBuffer();
    const [rowsBefore, filesBefore] = [await rowCount(), files()];
    const small = { maxBytes: 2 * 1024 * 1024 };
    const big = Buffer.concat([bytes, Buffer.alloc(small.maxBytes)]);
    const result = await refusal(saveUpload(db(), storage, { bytes: big, alt: 'Too big', userId: 'user-1' }, small));
    expect(result).toMatchObject({ code: 'payload_too_large', field: 'file' });
    expect(result.message).toMatch(/limit is 2 MB/);
    expect(await rowCount()).toBe(rowsBefore);
    expect(files()).toEqual(filesBefore);
  });

  it('refuses a text file renamed .jpg, SVG and HEIC with 415 naming the accepted types', async () => {
    const [rowsBefore, filesBefore] = [await rowCount(), files()];
    const heic = Buffer.alloc(64);
    heic.writeUInt32BE(24, 0);
    heic.write('ftypheic\0\0\0\0mif1heic', 4, 'latin1');
    for (const bytes of [
      Buffer.from('Meeting notes, saved as holiday.jpg'),
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'),
      heic,
    ]) {
      const result = await refusal(saveUpload(db(), storage, { bytes, alt: 'Not an image', userId: 'user-1' }, limits));
      expect(result).toMatchObject({ code: 'unsupported_media_type', field: 'file' });
      expect(result.message).toContain('JPEG, PNG, WebP, AVIF or GIF');
    }
    expect(await rowCount()).toBe(rowsBefore);
    expect(files()).toEqual(filesBefore);
  });

  it('refuses damaged, truncated and over-40-megapixel images with 422', async () => {
    const jpeg = await picture(200, 100).jpeg().toBuffer();
    const [rowsBefore, filesBefore] = [await rowCount(), files()];
    const damaged = Buffer.concat([jpeg.subarray(0, 4), Buffer.alloc(500, 0x41)]);
    expect(await refusal(saveUpload(db(), storage, { bytes: damaged, alt: 'Damaged', userId: 'user-1' }, limits))).toMatchObject({
      code: 'validation_failed',
      field: 'file',
    });
    const truncated = jpeg.subarray(0, Math.floor(jpeg.length / 2));
    expect(await refusal(saveUpload(db(), storage, { bytes: truncated, alt: 'Truncated', userId: 'user-1' }, limits))).toMatchObject({
      code: 'validation_failed',
      field: 'file',
    });
    // 6400 × 6400 = 41 megapixels: refused from the header, before its pixels are decoded.
    const huge = await sharp({ create: { width: 6400, height: 6400, channels: 3, background: '#888' } }).png({ compressionLevel: 1 }).toBuffer();
    const result = await refusal(saveUpload(db(), storage, { bytes: huge, alt: 'Huge', userId: 'user-1' }, limits));
    expect(result).toMatchObject({ code: 'validation_failed', field: 'file' });
    expect(result.message).toMatch(/40 megapixels/);
    expect(await refusal(saveUpload(db(), storage, { bytes: jpeg, alt: 'Small limit', userId: 'user-1' }, { ...limits, maxPixels: 10_000 }))).toMatchObject({
      code: 'validation_failed',
      field: 'file',
    });
    expect(await rowCount()).toBe(rowsBefore);
    expect(files()).toEqual(filesBefore);
  });

  it('requires alt text (at most 300 characters), limits the credit and refuses empty files', async () => {
    const bytes = await picture(20, 20).png().toBuffer();
    const [rowsBefore, filesBefore] = [await rowCount(), files()];
    expect(await refusal(saveUpload(db(), storage, { bytes, alt: ' \n ', userId: 'u' }, limits))).toMatchObject({ code: 'validation_failed', field: 'alt' });
    expect(await refusal(saveUpload(db(), storage, { bytes, alt: 'x'.repeat(301), userId: 'u' }, limits))).toMatchObject({ code: 'validation_failed', field: 'alt' });
    expect(await refusal(saveUpload(db(), storage, { bytes, alt: 'Fine', credit: 'c'.repeat(201), userId: 'u' }, limits))).toMatchObject({
      code: 'validation_failed',
      field: 'credit',
    });
    expect(await refusal(saveUpload(db(), storage, { bytes: new Uint8Array(), alt: 'Empty', userId: 'u' }, limits))).toMatchObject({
      code: 'validation_failed',
      field: 'file',
    });
    expect(await rowCount()).toBe(rowsBefore);
    expect(files()).toEqual(filesBefore);
    const ok = await saveUpload(db(), storage, { bytes, alt: 'x'.repeat(300), credit: '   ', userId: 'u' }, limits);
    expect(ok.credit).toBeNull();
  });

  it('removes the stored file again when the row cannot be written', async () => {
    const bytes = await picture(20, 20).png().toBuffer();
    const filesBefore = files();
    const failingInserts = db().withPlugin({
      transformQuery: (args) => {
        if (args.node.kind === 'InsertQueryNode') throw new Error('database unavailable');
        return args.node;
      },
      transformResult: async (args) => args.result,
    });
    await expect(saveUpload(failingInserts, storage, { bytes, alt: 'Orphan', userId: 'u' }, limits)).rejects.toThrow('database unavailable');
    expect(files()).toEqual(filesBefore);
  });

  describe('the picker list', () => {
    it('lists the newest first and searches alt text and credits, treating % and _ literally', async () => {
      const bytes = await picture(16, 16).png().toBuffer();
      const harbour = await saveUpload(db(), storage, { bytes, alt: 'Boats in the harbour at dawn', credit: 'Photo: Ana Ruiz', userId: 'u' }, limits);
      const mayor = await saveUpload(db(), storage, { bytes, alt: 'The mayor speaking', credit: '100% Agency', userId: 'u' }, limits);

      const recent = await listRecentMedia(db(), { limit: 2 });
      expect(recent.map((m) => m.id)).toEqual([mayor.id, harbour.id]);
      expect(recent[0]).toMatchObject({ ...mayor, byteSize: expect.any(Number) });
      expect(new Date(recent[0]!.createdAt).toISOString()).toBe(recent[0]!.createdAt);

      expect((await listRecentMedia(db(), { q: 'HARBOUR', limit: 10 })).map((m) => m.id)).toEqual([harbour.id]);
      expect((await listRecentMedia(db(), { q: 'ruiz', limit: 10 })).map((m) => m.id)).toEqual([harbour.id]);
      expect((await listRecentMedia(db(), { q: '100%', limit: 10 })).map((m) => m.id)).toEqual([mayor.id]);
      expect((await listRecentMedia(db(), { q: '%', limit: 10 })).map((m) => m.id)).toEqual([mayor.id]);
      expect(await listRecentMedia(db(), { q: '_', limit: 10 })).toEqual([]);
      expect(await listRecentMedia(db(), { q: 'nothing like this', limit: 10 })).toEqual([]);
    });
  });
});
