import { describe, expect, it } from 'vitest';
import { anArticle } from '../testing/article.ts';
import { articleMetadata, homeMetadata, INDEX_ROBOTS, listingMetadata, rootMetadata } from './metadata.ts';
import type { SeoSite } from './urls.ts';

const site: SeoSite = { url: 'https://news.example.com', name: 'The Meridian', locale: 'en-GB' };
const siteFeed = { url: 'https://news.example.com/feeds/rss.xml', title: 'The Meridian' };

/** The fields of a metadata object as plain JSON (URL objects become strings). */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('article metadata', () => {
  it('uses the headline and standfirst when the desk set no SEO fields', () => {
    const meta = articleMetadata(anArticle(), site);
    expect(meta.title).toBe('Council votes for the harbour bridge');
    expect(meta.description).toBe('A narrow majority backs the crossing after a six-hour debate.');
  });

  it('prefers the desk’s search title and description, ignoring blank ones', () => {
    const meta = articleMetadata(anArticle({ seoTitle: 'Bridge approved', seoDescription: 'Search summary.' }), site);
    expect(meta.title).toBe('Bridge approved');
    expect(meta.description).toBe('Search summary.');
    expect(plain(meta.openGraph)).toMatchObject({ title: 'Bridge approved', description: 'Search summary.' });
    const blank = articleMetadata(anArticle({ seoTitle: '  ', seoDescription: '' }), site);
    expect(blank.title).toBe('Council votes for the harbour bridge');
    expect(blank.description).toBe('A narrow majority backs the crossing after a six-hour debate.');
  });

  it('has no description at all rather than an empty one', () => {
    expect(articleMetadata(anArticle({ standfirst: null }), site).description).toBeUndefined();
  });

  it('gives an absolute canonical URL, indexable robots with large image previews, and the site feed', () => {
    const meta = articleMetadata(anArticle(), site);
    expect(meta.alternates).toEqual({ canonical: 'https://news.example.com/news/harbour-bridge-vote', types: { 'application/rss+xml': [siteFeed] } });
    expect(meta.robots).toEqual(INDEX_ROBOTS);
    expect(INDEX_ROBOTS).toMatchObject({ index: true, follow: true, 'max-image-preview': 'large' });
  });

  it('describes the article to OpenGraph with its dates, section and tags, and a 1200 px crop of the hero', () => {
    expect(plain(articleMetadata(anArticle(), site).openGraph)).toEqual({
      type: 'article',
      url: 'https://news.example.com/news/harbour-bridge-vote',
      siteName: 'The Meridian',
      locale: 'en_GB',
      title: 'Council votes for the harbour bridge',
      description: 'A narrow majority backs the crossing after a six-hour debate.',
      images: [{ url: 'https://news.example.com/og/image/16x9/demo/images/harbour-dawn.jpg', width: 1200, height: 675, alt: 'The harbour at dawn' }],
      publishedTime: '2026-03-01T09:30:00.000Z',
      modifiedTime: '2026-03-01T12:00:00.000Z',
      section: 'News',
      tags: ['Transport', 'Harbour bridge'],
      authors: ['https://news.example.com/author/ada-byrne', 'https://news.example.com/author/sam-reed'],
    });
  });

  it('uses the generated share card when there is no hero, or one we cannot crop', () => {
    const card = { url: 'https://news.example.com/og/article/42', width: 1200, height: 630, alt: 'Council votes for the harbour bridge' };
    expect(plain(articleMetadata(anArticle({ hero: null }), site).openGraph).images).toEqual([card]);
    const remote = anArticle({ hero: { ...anArticle().hero!, src: 'https://elsewhere.example/x.jpg' } });
    expect(plain(articleMetadata(remote, site).openGraph).images).toEqual([card]);
  });

  it('asks for the large Twitter card with the same image', () => {
    expect(plain(articleMetadata(anArticle({ hero: null }), site).twitter)).toEqual({
      card: 'summary_large_image',
      title: 'Council votes for the harbour bridge',
      description: 'A narrow majority backs the crossing after a six-hour debate.',
      images: [{ url: 'https://news.example.com/og/article/42', alt: 'Council votes for the harbour bridge' }],
    });
  });
});

describe('list metadata', () => {
  const section = { kind: 'section', slug: 'news', name: 'News', description: 'The latest from the city.' } as const;

  it('makes the first page indexable and advertises the site and section feeds', () => {
    const meta = listingMetadata({ ...section, path: '/news', page: 1 }, site);
    expect(meta.title).toBe('News');
    expect(meta.robots).toEqual(INDEX_ROBOTS);
    expect(meta.alternates).toEqual({
      canonical: 'https://news.example.com/news',
      types: { 'application/rss+xml': [siteFeed, { url: 'https://news.example.com/feeds/section/news.xml', title: 'The Meridian: News' }] },
    });
    expect(plain(meta.openGraph)).toMatchObject({ type: 'website', url: 'https://news.example.com/news', images: [{ url: 'https://news.example.com/og/site', width: 1200 }] });
    expect(plain(meta.twitter)).toMatchObject({ card: 'summary_large_image' });
  });

  it('keeps later pages out of the index but followed, canonical to themselves', () => {
    const meta = listingMetadata({ ...section, path: '/news/page/3', page: 3 }, site);
    expect(meta.title).toBe('News (page 3)');
    expect(meta.robots).toEqual({ index: false, follow: true });
    expect(meta.alternates?.canonical).toBe('https://news.example.com/news/page/3');
  });

  it('links tag and author pages to their own feeds', () => {
    const tag = listingMetadata({ kind: 'tag', slug: 'energy', name: 'Energy', description: 'Stories about Energy.', path: '/tag/energy', page: 1 }, site);
    expect(plain(tag.alternates).types['application/rss+xml'][1].url).toBe('https://news.example.com/feeds/tag/energy.xml');
    const author = listingMetadata({ kind: 'author', slug: 'ada-byrne', name: 'Ada Byrne', description: '', path: '/author/ada-byrne', page: 1 }, site);
    expect(plain(author.alternates).types['application/rss+xml'][1].url).toBe('https://news.example.com/feeds/author/ada-byrne.xml');
    expect(author.description).toBeUndefined();
  });
});

describe('site-wide metadata', () => {
  it('sets the title template, the metadata base and defaults pages inherit', () => {
    const meta = rootMetadata(site);
    expect(meta.title).toEqual({ default: 'The Meridian', template: '%s | The Meridian' });
    expect(String(meta.metadataBase)).toBe('https://news.example.com/');
    expect(meta.alternates).toEqual({ types: { 'application/rss+xml': [siteFeed] } });
    expect(plain(meta.twitter)).toMatchObject({ card: 'summary_large_image' });
  });

  it('gives the front page the site name alone and the root URL as canonical', () => {
    const meta = homeMetadata(site);
    expect(meta.title).toEqual({ absolute: 'The Meridian' });
    expect(meta.alternates).toEqual({ canonical: 'https://news.example.com/', types: { 'application/rss+xml': [siteFeed] } });
    expect(plain(meta.openGraph)).toMatchObject({ type: 'website', url: 'https://news.example.com/', locale: 'en_GB' });
  });
});
