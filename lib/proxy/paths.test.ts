import { describe, expect, it } from 'vitest';
import { config as proxyConfig } from '../../proxy.ts';
import { articleSlugOf, canonicalPath, isNotAPage, isProxiedPage } from './paths.ts';

describe('canonical page paths', () => {
  it('leaves canonical paths alone', () => {
    for (const path of ['/', '/news', '/news/harbour-ferry-timetable-changes', '/tag/energy/page/2', '/account/sign-in']) {
      expect(canonicalPath(path), path).toBeNull();
    }
  });

  it('drops trailing and repeated slashes', () => {
    expect(canonicalPath('/news/')).toBe('/news');
    expect(canonicalPath('/news/a-story//')).toBe('/news/a-story');
    expect(canonicalPath('/news//a-story')).toBe('/news/a-story');
  });

  it('gives the front page one address: its route answers with `/`', () => {
    expect(canonicalPath('/edition/front')).toBe('/');
    expect(canonicalPath('/Edition/Front/')).toBe('/');
    expect(canonicalPath('/edition/friday')).toBeNull();
  });

  it('never turns a path into a protocol-relative URL', () => {
    expect(canonicalPath('//evil.example/')).toBe('/evil.example');
    expect(canonicalPath('//evil.example')).toBe('/evil.example');
  });

  it('lower-cases ASCII letters but not percent-escapes', () => {
    expect(canonicalPath('/News/Harbour-Ferry')).toBe('/news/harbour-ferry');
    expect(canonicalPath('/TAG/Energy/')).toBe('/tag/energy');
    expect(canonicalPath('/news/caf%C3%A9')).toBeNull();
    expect(canonicalPath('/News/caf%C3%A9')).toBe('/news/caf%C3%A9');
  });

  it('keeps the case of paths where it matters (share-link tokens, API, files)', () => {
    expect(canonicalPath('/preview/share/AbC.dEf')).toBeNull();
    expect(canonicalPath('/preview/share/AbC/')).toBe('/preview/share/AbC');
    expect(canonicalPath('/api/v1/Articles')).toBeNull();
  });
});

describe('article-shaped paths', () => {
  it('finds the slug of /<section>/<slug>', () => {
    expect(articleSlugOf('/news/harbour-ferry-timetable-changes')).toBe('harbour-ferry-timetable-changes');
  });

  it('ignores other shapes and the routes that are not sections', () => {
    for (const path of ['/', '/news', '/news/page/2', '/tag/energy', '/author/ada-byrne', '/account/sign-in', '/edition/front', '/desk/articles', '/gone/x', '/og/article']) {
      expect(articleSlugOf(path), path).toBeNull();
    }
  });
});

describe('what is a page, and which pages are the proxy’s', () => {
  it('tells files, APIs and framework paths from pages', () => {
    for (const path of ['/api/v1/articles', '/_next/static/a.js', '/media/2026/photo.jpg', '/feeds/news.xml', '/og/article/1', '/robots.txt']) expect(isNotAPage(path), path).toBe(true);
    for (const path of ['/', '/news', '/news/a-story', '/tag/energy']) expect(isNotAPage(path), path).toBe(false);
  });

  it('names exactly the paths proxy.ts’s matcher lists', () => {
    for (const pattern of proxyConfig.matcher) expect(isProxiedPage(pattern.replace(/\/:\w+\*?$/, '/x')), pattern).toBe(true);
    for (const path of ['/', '/news', '/news/a-story', '/searching', '/desktop']) expect(isProxiedPage(path), path).toBe(false);
  });
});
