import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { CROPS } from '../seo/urls.ts';
import { cropImage } from './crop.ts';

/** A 1600×900 picture: left half red, right half blue. */
const picture = () =>
  sharp({ create: { width: 1600, height: 900, channels: 3, background: '#ff0000' } })
    .composite([{ input: { create: { width: 800, height: 900, channels: 3, background: '#0000ff' } }, left: 800, top: 0 }])
    .png()
    .toBuffer();

describe('image crops', () => {
  it('makes JPEGs of exactly the announced size for every ratio', async () => {
    const source = await picture();
    for (const [ratio, size] of Object.entries(CROPS)) {
      const meta = await sharp(await cropImage(source, size)).metadata();
      expect({ ratio, format: meta.format, width: meta.width, height: meta.height }).toEqual({ ratio, format: 'jpeg', ...size });
    }
  });

  it('enlarges small originals rather than announcing a size it does not have', async () => {
    const small = await sharp({ create: { width: 300, height: 200, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    const meta = await sharp(await cropImage(small, CROPS['1x1'])).metadata();
    expect([meta.width, meta.height, meta.hasAlpha]).toEqual([1200, 1200, false]);
  });
});
