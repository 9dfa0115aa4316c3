import { ImageResponse } from 'next/og';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { SHARE_IMAGE } from '@/lib/seo/urls';
import { ShareCard } from './ShareCard';

/** Renders the card as the share-image routes do (Satori + resvg) and decodes the PNG. */
async function render(props: Parameters<typeof ShareCard>[0]) {
  const response = new ImageResponse(<ShareCard {...props} />, SHARE_IMAGE);
  const png = Buffer.from(await response.arrayBuffer());
  return { contentType: response.headers.get('content-type'), png, meta: await sharp(png).metadata() };
}

describe('share card', () => {
  it('renders a 1200×630 PNG with a kicker, headline and label', async () => {
    const { contentType, meta } = await render({ siteName: 'The Meridian', kicker: 'Harbour', headline: 'Ferry switches to its winter timetable', label: 'News' });
    expect(contentType).toBe('image/png');
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
  });

  it('copes with a very long headline and no kicker', async () => {
    const { meta, png } = await render({ siteName: 'The Meridian', headline: 'A very long headline '.repeat(12) });
    expect([meta.width, meta.height]).toEqual([1200, 630]);
    // The site's navy fills the card's corner.
    const { data } = await sharp(png).extract({ left: 2, top: 2, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true });
    expect([...data.subarray(0, 3)]).toEqual([0x0b, 0x25, 0x45]);
  });
});
