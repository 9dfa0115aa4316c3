import robotsParser from 'robots-parser';
import { describe, expect, it } from 'vitest';
import { robotsTxt } from './robots.ts';

const site = { url: 'https://news.example.com', name: 'The Example', locale: 'en-GB' };

describe('robots.txt', () => {
  const robots = robotsParser('https://news.example.com/robots.txt', robotsTxt(site));

  it('lets crawlers reach public pages, feeds, sitemaps, media and share images', () => {
    for (const path of ['/', '/news', '/news/some-story', '/tag/housing', '/author/jo', '/feeds/rss.xml', '/sitemaps/articles-1.xml', '/media/a.jpg', '/og/article/1']) {
      expect(robots.isAllowed(`https://news.example.com${path}`, 'Googlebot'), path).toBe(true);
    }
  });

  it('keeps them out of the desk, the APIs, previews and search results', () => {
    for (const path of ['/desk', '/desk/articles/1', '/api/v1/articles/1', '/preview/share/abc', '/search', '/search?q=harbour']) {
      expect(robots.isDisallowed(`https://news.example.com${path}`, 'Googlebot'), path).toBe(true);
    }
  });

  it('names the sitemap index', () => {
    expect(robots.getSitemaps()).toEqual(['https://news.example.com/sitemap.xml']);
  });
});
