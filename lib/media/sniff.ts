import type { MediaMime } from './formats.ts';

/**
 * The real type of an upload, from its first bytes (magic numbers). The file name and the
 * client's Content-Type are never consulted: both are whatever the sender says.
 * Returns null for anything we do not accept (SVG, HEIC, text, truncated headers…).
 */
export function sniffImageType(bytes: Uint8Array): MediaMime | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'image/gif';
  // RIFF <size> WEBP, then the first chunk: VP8 (lossy), VP8L (lossless) or VP8X (extended).
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP' && ['VP8 ', 'VP8L', 'VP8X'].includes(ascii(bytes, 12, 16) ?? '')) {
    return 'image/webp';
  }
  if (isAvif(bytes)) return 'image/avif';
  return null;
}

/**
 * AVIF is an ISO base media file: it opens with an `ftyp` box whose major or compatible brands
 * include `avif` (still) or `avis` (sequence). HEIC uses the same box with `heic`/`mif1` brands only.
 */
function isAvif(bytes: Uint8Array): boolean {
  if (ascii(bytes, 4, 8) !== 'ftyp') return false;
  const size = readUint32(bytes, 0);
  // 8 bytes of box header, a major brand and a minor version at least; the whole box must be here.
  if (size === null || size < 16 || size % 4 !== 0 || size > bytes.length || size > 4096) return false;
  const brands = [ascii(bytes, 8, 12)];
  for (let offset = 16; offset + 4 <= size; offset += 4) brands.push(ascii(bytes, offset, offset + 4));
  return brands.some((b) => b === 'avif' || b === 'avis');
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function ascii(bytes: Uint8Array, start: number, end: number): string | null {
  if (bytes.length < end) return null;
  return String.fromCharCode(...bytes.subarray(start, end));
}

function readUint32(bytes: Uint8Array, offset: number): number | null {
  if (bytes.length < offset + 4) return null;
  return new DataView(bytes.buffer, bytes.byteOffset + offset, 4).getUint32(0);
}
