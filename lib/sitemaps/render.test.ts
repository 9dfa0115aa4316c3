import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { NS, newsLanguage, renderSitemapIndex, renderUrlset, w3cDate } from './render.ts';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['url', 'sitemap', 'image:image'].includes(name) });

describe('sitemap rendering', () => {
  it('writes W3C datetimes to the second', () => {
    expect(w3cDate('2024-05-01T09:30:00.123Z')).toBe('2024-05-01T09:30:00Z');
    expect(w3cDate('2024-05-01T10:30:00+01:00')).toBe('2024-05-01T09:30:00Z');
    expect(() => w3cDate('yesterday')).toThrow();
  });

  it('turns the site locale into the ISO 639 code Google News wants', () => {
    expect(newsLanguage('en-GB')).toBe('en');
    expect(newsLanguage('fr')).toBe('fr');
    expect(newsLanguage('zh-TW')).toBe('zh-tw');
    expect(newsLanguage('zh-Hant')).toBe('zh-tw');
    expect(newsLanguage('zh-CN')).toBe('zh-cn');
  });

  it('declares the image and news namespaces only when an entry uses them', () => {
    const plain = parser.parse(renderUrlset([{ loc: 'https://example.com/a' }])).urlset;
    expect(plain['@xmlns']).toBe(NS.sitemap);
    expect(plain['@xmlns:image']).toBeUndefined();
    expect(plain['@xmlns:news']).toBeUndefined();

    const rich = parser.parse(
      renderUrlset([
        {
          loc: 'https://example.com/a?x=1&y=2',
          lastmod: '2024-05-01T09:30:00.000Z',
          images: ['https://example.com/i.jpg'],
          news: { publicationName: 'A & B', language: 'en', publicationDate: '2024-05-01T08:00:00.000Z', title: '<Big> "news"' },
        },
      ]),
    ).urlset;
    expect(rich['@xmlns:image']).toBe(NS.image);
    expect(rich['@xmlns:news']).toBe(NS.news);
    const url = rich.url[0];
    expect(url.loc).toBe('https://example.com/a?x=1&y=2');
    expect(url.lastmod).toBe('2024-05-01T09:30:00Z');
    expect(url['image:image'][0]['image:loc']).toBe('https://example.com/i.jpg');
    expect(url['news:news']['news:publication']).toEqual({ 'news:name': 'A & B', 'news:language': 'en' });
    expect(url['news:news']['news:title']).toBe('<Big> "news"');
  });

  it('writes a sitemap index with optional lastmod', () => {
    const index = parser.parse(
      renderSitemapIndex([{ loc: 'https://example.com/s1.xml', lastmod: '2024-05-01T09:30:00Z' }, { loc: 'https://example.com/s2.xml' }]),
    ).sitemapindex;
    expect(index.sitemap).toEqual([{ loc: 'https://example.com/s1.xml', lastmod: '2024-05-01T09:30:00Z' }, { loc: 'https://example.com/s2.xml' }]);
  });
});
