import { describe, expect, it } from 'vitest';
import { anArticle } from '../testing/article.ts';
import {
  articleBreadcrumbJsonLd,
  clampHeadline,
  newsArticleJsonLd,
  profilePageJsonLd,
  publisherJsonLd,
  serializeJsonLd,
  websiteJsonLd,
} from './structured-data.ts';
import type { SeoSite } from './urls.ts';

const site: SeoSite = { url: 'https://news.example.com', name: 'The Meridian', locale: 'en-GB' };

/** What a crawler reads: the script text parsed back. */
const roundTrip = (data: Parameters<typeof serializeJsonLd>[0]) => JSON.parse(serializeJsonLd(data));

describe('NewsArticle', () => {
  it('has every property Google lists for articles, with absolute URLs', () => {
    const data = roundTrip(newsArticleJsonLd(anArticle(), site));
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Council votes for the harbour bridge',
      description: 'A narrow majority backs the crossing after a six-hour debate.',
      datePublished: '2026-03-01T09:30:00.000Z',
      dateModified: '2026-03-01T12:00:00.000Z',
      author: [
        { '@type': 'Person', name: 'Ada Byrne', url: 'https://news.example.com/author/ada-byrne' },
        { '@type': 'Person', name: 'Sam Reed', url: 'https://news.example.com/author/sam-reed' },
      ],
      publisher: {
        '@type': 'NewsMediaOrganization',
        name: 'The Meridian',
        logo: { '@type': 'ImageObject', url: 'https://news.example.com/logo.png', width: 512, height: 512 },
      },
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://news.example.com/news/harbour-bridge-vote' },
      articleSection: 'News',
      keywords: ['Transport', 'Harbour bridge'],
      isAccessibleForFree: true,
    });
    expect(data.hasPart).toBeUndefined();
    // ISO 8601 with a time zone, as Google requires.
    for (const date of [data.datePublished, data.dateModified]) expect(date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
  });

  it('offers the hero in 16:9, 4:3 and 1:1 crops', () => {
    expect(newsArticleJsonLd(anArticle(), site).image).toEqual([
      'https://news.example.com/og/image/16x9/demo/images/harbour-dawn.jpg',
      'https://news.example.com/og/image/4x3/demo/images/harbour-dawn.jpg',
      'https://news.example.com/og/image/1x1/demo/images/harbour-dawn.jpg',
    ]);
  });

  it('falls back to the generated share image without a hero', () => {
    expect(newsArticleJsonLd(anArticle({ hero: null }), site).image).toEqual(['https://news.example.com/og/article/42']);
  });

  it('credits the newsroom when there is no byline, and leaves out empty keywords and description', () => {
    const data = newsArticleJsonLd(anArticle({ authors: [], tags: [], standfirst: null }), site);
    expect(data.author).toEqual([{ '@type': 'NewsMediaOrganization', name: 'The Meridian', url: 'https://news.example.com/' }]);
    expect(data).not.toHaveProperty('keywords');
    expect(data).not.toHaveProperty('description');
  });

  it('uses the desk’s search description when set', () => {
    expect(newsArticleJsonLd(anArticle({ seoDescription: 'For search.' }), site).description).toBe('For search.');
  });

  it('marks members-only articles as paywalled, pointing at the gated part by its class', () => {
    const data = roundTrip(newsArticleJsonLd(anArticle({ visibility: 'members', gated: true }), site));
    expect(data.isAccessibleForFree).toBe(false);
    expect(data.hasPart).toEqual({ '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.members-only' });
  });

  it('keeps headlines within 110 characters, cut at a word', () => {
    const long = `${'Harbour '.repeat(20)}bridge`;
    const clamped = newsArticleJsonLd(anArticle({ headline: long }), site).headline as string;
    expect(clamped.length).toBeLessThanOrEqual(110);
    expect(clamped).toMatch(/^Harbour( Harbour)*…$/);
    expect(clampHeadline('Short headline')).toBe('Short headline');
    expect(clampHeadline('x'.repeat(200))).toHaveLength(110);
  });
});

describe('escaping', () => {
  it('cannot close the script element, whatever the headline says, and parses back to the same text', () => {
    const headline = 'Evil </script><script>alert(1)</script> <!-- headline';
    const text = serializeJsonLd(newsArticleJsonLd(anArticle({ headline }), site));
    expect(text).not.toContain('<');
    expect(text).toContain('\\u003c/script>');
    expect(JSON.parse(text).headline).toBe(headline);
  });
});

describe('BreadcrumbList', () => {
  it('goes home → section → article with positions and absolute URLs', () => {
    expect(articleBreadcrumbJsonLd(anArticle(), site)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'The Meridian', item: 'https://news.example.com/' },
        { '@type': 'ListItem', position: 2, name: 'News', item: 'https://news.example.com/news' },
        { '@type': 'ListItem', position: 3, name: 'Council votes for the harbour bridge', item: 'https://news.example.com/news/harbour-bridge-vote' },
      ],
    });
  });
});

describe('front page', () => {
  it('describes the site with a search action on the agreed search URL', () => {
    const data = roundTrip(websiteJsonLd(site));
    expect(data).toMatchObject({ '@type': 'WebSite', url: 'https://news.example.com/', name: 'The Meridian' });
    expect(data.potentialAction).toEqual({
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: 'https://news.example.com/search?q={search_term_string}' },
      'query-input': 'required name=search_term_string',
    });
    // The placeholder named in query-input is the one in the template.
    expect(data.potentialAction.target.urlTemplate).toContain(`{${data.potentialAction['query-input'].split('name=')[1]}}`);
  });

  it('names the publisher with its logo', () => {
    expect(publisherJsonLd(site)).toMatchObject({ '@type': 'NewsMediaOrganization', name: 'The Meridian', url: 'https://news.example.com/' });
  });
});

describe('author pages', () => {
  it('are a ProfilePage about the Person', () => {
    const author = {
      slug: 'ada-byrne',
      name: 'Ada Byrne',
      role: 'Local government reporter',
      bio: 'Covers the council.',
      avatar: { src: '/demo/avatars/1.jpg', width: 256, height: 256, alt: 'Ada Byrne', caption: null, credit: null },
    };
    expect(roundTrip(profilePageJsonLd(author, site))).toMatchObject({
      '@type': 'ProfilePage',
      mainEntity: {
        '@type': 'Person',
        name: 'Ada Byrne',
        url: 'https://news.example.com/author/ada-byrne',
        jobTitle: 'Local government reporter',
        description: 'Covers the council.',
        image: 'https://news.example.com/demo/avatars/1.jpg',
      },
    });
    expect(profilePageJsonLd({ ...author, avatar: null, bio: '' }, site).mainEntity).not.toHaveProperty('image');
  });
});
