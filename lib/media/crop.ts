import sharp from 'sharp';

/**
 * A crop of an image at exactly `width`×`height` (cover: the interesting part is kept, by sharp's
 * attention strategy), as a JPEG. Smaller originals are enlarged so every crop has the size it
 * announces (structured data and og:image state it).
 */
export async function cropImage(bytes: Uint8Array, size: { width: number; height: number }): Promise<Buffer> {
  return sharp(bytes, { animated: false })
    .resize(size.width, size.height, { fit: 'cover', position: sharp.strategy.attention })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 80, progressive: true, mozjpeg: true })
    .toBuffer();
}
