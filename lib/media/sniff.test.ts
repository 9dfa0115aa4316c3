import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { sniffImageType } from './sniff.ts';

/** An ISO BMFF `ftyp` box: size, "ftyp", major brand, minor version, compatible brands. */
function ftyp(major: string, compatible: string[]): Buffer {
  const size = 16 + compatible.length * 4;
  const box = Buffer.alloc(size);
  box.writeUInt32BE(size, 0);
  box.write('ftyp', 4, 'latin1');
  box.write(major, 8, 'latin1');
  compatible.forEach((brand, i) => box.write(brand, 16 + i * 4, 'latin1'));
  return Buffer.concat([box, Buffer.alloc(64)]);
}

describe('sniffing image types from their bytes', () => {
  const real: Record<string, Buffer> = {};

  beforeAll(async () => {
    const image = sharp({ create: { width: 32, height: 24, channels: 3, background: '#3366cc' } });
    real.jpeg = await image.clone().jpeg().toBuffer();
    real.png = await image.clone().png().toBuffer();
    real.webp = await image.clone().webp().toBuffer();
    real.webpLossless = await image.clone().webp({ lossless: true }).toBuffer();
    real.avif = await image.clone().avif().toBuffer();
    real.gif = await image.clone().gif().toBuffer();
  });

  it('recognises real JPEG, PNG, WebP, AVIF and GIF files', () => {
    expect(sniffImageType(real.jpeg!)).toBe('image/jpeg');
    expect(sniffImageType(real.png!)).toBe('image/png');
    expect(sniffImageType(real.webp!)).toBe('image/webp');
    expect(sniffImageType(real.webpLossless!)).toBe('image/webp');
    expect(sniffImageType(real.avif!)).toBe('image/avif');
    expect(sniffImageType(real.gif!)).toBe('image/gif');
    expect(sniffImageType(new Uint8Array(real.png!))).toBe('image/png');
  });

  it('recognises GIF87a and AVIF named only among the compatible brands', () => {
    expect(sniffImageType(Buffer.from('GIF87a\x01\x00\x01\x00', 'latin1'))).toBe('image/gif');
    expect(sniffImageType(ftyp('mif1', ['mif1', 'avif', 'miaf']))).toBe('image/avif');
    expect(sniffImageType(ftyp('avis', ['avis', 'msf1']))).toBe('image/avif');
  });

  it('refuses text renamed .jpg, SVG, HTML and empty input', () => {
    expect(sniffImageType(Buffer.from('Just some notes, saved as holiday.jpg\n'))).toBeNull();
    expect(sniffImageType(Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'))).toBeNull();
    expect(sniffImageType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeNull();
    expect(sniffImageType(Buffer.from('<!doctype html><img src=x onerror=alert(1)>'))).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
  });

  it('refuses HEIC, whose ftyp box names no AVIF brand', () => {
    expect(sniffImageType(ftyp('heic', ['mif1', 'heic']))).toBeNull();
    expect(sniffImageType(ftyp('mif1', ['mif1', 'heic', 'heix']))).toBeNull();
    expect(sniffImageType(ftyp('isom', ['isom', 'mp42']))).toBeNull();
  });

  it('refuses truncated headers', () => {
    expect(sniffImageType(real.jpeg!.subarray(0, 2))).toBeNull();
    expect(sniffImageType(real.png!.subarray(0, 6))).toBeNull();
    expect(sniffImageType(real.gif!.subarray(0, 4))).toBeNull();
    expect(sniffImageType(real.webp!.subarray(0, 11))).toBeNull();
    // The ftyp box says it is 28 bytes long: cut inside it, the brands cannot be read.
    expect(sniffImageType(real.avif!.subarray(0, 20))).toBeNull();
    expect(sniffImageType(Buffer.from('RIFF\x10\x00\x00\x00WAVEfmt ', 'latin1'))).toBeNull();
  });
});
