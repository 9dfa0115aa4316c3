import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLUG_STATUS_CACHE_CONTROL } from '../proxy/paths.ts';
import type { UrlStatusSnapshot } from '../proxy/url-status-client.ts';
import { articleStep, firstStep, frontDoorInstalled, installFrontDoor } from './front-door.ts';

const known: UrlStatusSnapshot = { moved: new Map([['old-name', '/news/new-name']]), gone: new Set(['pulled']) };

describe('the front door’s first step (the request line alone)', () => {
  it('sends non-canonical page URLs to the canonical one, query kept', () => {
    expect(firstStep('GET', '/News/')).toEqual({ kind: 'moved', location: '/news' });
    expect(firstStep('HEAD', '/Tag/Transport?page=1')).toEqual({ kind: 'moved', location: '/tag/transport?page=1' });
    expect(firstStep('GET', '/edition/front')).toEqual({ kind: 'moved', location: '/' });
    expect(firstStep('GET', '//news//a-story')).toEqual({ kind: 'moved', location: '/news/a-story' });
    // The path is the path, never a host: nothing here can send a reader off the site.
    expect(firstStep('GET', '//evil.example/News')).toEqual({ kind: 'pass' });
    expect(firstStep('GET', '//evil/News')).toEqual({ kind: 'moved', location: '/evil/news' });
  });

  it('picks out article URLs and lets every other page through', () => {
    expect(firstStep('GET', '/news/a-story?ref=mail')).toEqual({ kind: 'article', pathname: '/news/a-story', search: '?ref=mail', slug: 'a-story' });
    for (const url of ['/', '/news', '/tag/energy', '/author/ada', '/desk/articles', '/account/sign-in', '/search?q=tide']) {
      expect(firstStep('GET', url), url).toEqual({ kind: 'pass' });
    }
  });

  it('leaves alone what is not a page, and every method that a redirect would turn into a GET', () => {
    for (const url of ['/api/Comments/', '/_next/static/chunks/A.js', '/media/2026/Photo.JPG', '/feeds/News.xml', '/robots.txt', '/og/article/1']) {
      expect(firstStep('GET', url), url).toEqual({ kind: 'pass' });
    }
    expect(firstStep('POST', '/News/')).toEqual({ kind: 'pass' });
    expect(firstStep('GET', '*')).toEqual({ kind: 'pass' });
  });
});

describe('the front door’s article step (the moved and gone slugs)', () => {
  const article = (url: string) => firstStep('GET', url) as Extract<ReturnType<typeof firstStep>, { kind: 'article' }>;

  it('sends an old slug to the article’s current URL, for browsers to ask again', () => {
    expect(articleStep(article('/news/old-name?ref=x'), known)).toEqual({ kind: 'moved', location: '/news/new-name?ref=x', cacheControl: SLUG_STATUS_CACHE_CONTROL });
    // The current URL itself is never sent to itself.
    expect(articleStep(article('/news/new-name'), { ...known, moved: new Map([['new-name', '/news/new-name']]) })).toEqual({ kind: 'pass' });
  });

  it('serves an unpublished article’s URL with the removal page, and any other article as it is', () => {
    expect(articleStep(article('/news/pulled'), known)).toEqual({ kind: 'removed', url: '/gone/pulled' });
    expect(articleStep(article('/news/a-story'), known)).toEqual({ kind: 'pass' });
  });
});

/** A real server behind the front door, answering with the URL it was given. */
describe('the front door on a real server', () => {
  let lookup: () => UrlStatusSnapshot | Promise<UrlStatusSnapshot> = () => known;
  let uninstall: () => void;
  let server: http.Server;
  let origin: string;
  beforeAll(async () => {
    uninstall = installFrontDoor(() => lookup());
    server = http.createServer((request, response) => response.end(`served ${request.method} ${request.url}`));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    uninstall();
  });

  const get = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${origin}${path}`, { redirect: 'manual', ...init });
    return { status: response.status, location: response.headers.get('location'), cacheControl: response.headers.get('cache-control'), body: await response.text() };
  };

  it('is installed once', () => {
    expect(frontDoorInstalled()).toBe(true);
    installFrontDoor(() => ({ moved: new Map(), gone: new Set() }))();
    expect(frontDoorInstalled()).toBe(true);
  });

  it('answers 301s itself and hands everything else to the server', async () => {
    expect(await get('/News/?x=1')).toMatchObject({ status: 301, location: '/news?x=1', cacheControl: null, body: '' });
    expect(await get('/news/old-name')).toMatchObject({ status: 301, location: '/news/new-name', cacheControl: SLUG_STATUS_CACHE_CONTROL });
    expect(await get('/news/a-story')).toMatchObject({ status: 200, body: 'served GET /news/a-story' });
    expect(await get('/News/', { method: 'POST', body: 'x' })).toMatchObject({ status: 200, body: 'served POST /News/' });
  });

  it('hands the server the removal page for an unpublished article, at the article’s URL', async () => {
    expect(await get('/news/pulled?ref=x')).toMatchObject({ status: 200, body: 'served GET /gone/pulled?ref=x' });
  });

  it('holds an article request while the slug list is on its way, and answers from it', async () => {
    let release!: (snapshot: UrlStatusSnapshot) => void;
    lookup = () => new Promise((resolve) => (release = resolve));
    const pending = get('/news/old-name');
    await new Promise((resolve) => setTimeout(resolve, 50));
    release(known);
    expect(await pending).toMatchObject({ status: 301, location: '/news/new-name' });
    lookup = () => known;
  });

  it('lets the server answer when the front door itself fails, now or later, instead of stopping the process', async () => {
    const broken: UrlStatusSnapshot = { moved: new Map([['bad', '/news/it’s']]), gone: new Set() };
    lookup = () => broken; // a Location Node refuses to send
    expect(await get('/news/bad')).toMatchObject({ status: 200, body: 'served GET /news/bad' });
    lookup = () => Promise.resolve(broken);
    expect(await get('/news/bad')).toMatchObject({ status: 200, body: 'served GET /news/bad' });
    lookup = () => {
      throw new Error('no key');
    };
    expect(await get('/news/old-name')).toMatchObject({ status: 200, body: 'served GET /news/old-name' });
    lookup = () => known;
  });

  it('lets the page decide when there is no slug list at all', async () => {
    lookup = () => Promise.reject(new Error('lookup failed'));
    expect(await get('/news/old-name')).toMatchObject({ status: 200, body: 'served GET /news/old-name' });
    lookup = () => known;
  });
});
