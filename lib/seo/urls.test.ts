import { describe, expect, it } from 'vitest';
import { absoluteUrl, cropPath, feedPath, ogLocale, seoSite } from './urls.ts';

describe('SEO URLs', () => {
  const site = seoSite({ siteUrl: 'https://news.example.com/', siteName: 'The Meridian', locale: 'en-GB' });

  it('makes absolute URLs under the site URL, the home page with its slash', () => {
    expect(absoluteUrl(site, '/news/a-story')).toBe('https://news.example.com/news/a-story');
    expect(absoluteUrl(site, '/')).toBe('https://news.example.com/');
  });

  it('crops only our own library files', () => {
    expect(cropPath('4x3', '/media/3f9c0e1.jpg')).toBe('/og/image/4x3/media/3f9c0e1.jpg');
    expect(cropPath('1x1', '/demo/images/city-hall.jpg')).toBe('/og/image/1x1/demo/images/city-hall.jpg');
    for (const src of ['https://elsewhere.example/x.jpg', '/demo/../../etc/passwd', '/private/x.jpg', '/media/x.jpg?w=1']) {
      expect(cropPath('16x9', src), src).toBeNull();
    }
  });

  it('writes feed URLs and OpenGraph locales as agreed', () => {
    expect(feedPath('tag', 'energy')).toBe('/feeds/tag/energy.xml');
    expect(ogLocale('en-GB')).toBe('en_GB');
  });
});
