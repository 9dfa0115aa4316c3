import { describe, expect, it } from 'vitest';
import { DOCUMENT_CACHE_CONTROL, documentNotFound, documentResponse, isNotModified, newest, withEtag } from './document.ts';

const doc = withEtag({ body: '<x>1</x>', lastModified: '2024-05-01T09:30:00.500Z' });
const request = (headers: Record<string, string> = {}) => new Request('https://example.com/sitemap.xml', { headers });

describe('documents over HTTP', () => {
  it('gives the same body the same strong ETag and a different body a different one', () => {
    expect(doc.etag).toMatch(/^"[\w-]{32}"$/);
    expect(withEtag({ body: '<x>1</x>', lastModified: null }).etag).toBe(doc.etag);
    expect(withEtag({ body: '<x>2</x>', lastModified: null }).etag).not.toBe(doc.etag);
  });

  it('answers 200 with the body, type, cache policy and validators', async () => {
    const response = documentResponse(request(), doc, { contentType: 'application/xml; charset=utf-8' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<x>1</x>');
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe(DOCUMENT_CACHE_CONTROL);
    expect(response.headers.get('etag')).toBe(doc.etag);
    expect(response.headers.get('last-modified')).toBe('Wed, 01 May 2024 09:30:00 GMT');
  });

  it('answers 304 without a body to a matching If-None-Match, also weak or in a list', async () => {
    for (const header of [doc.etag, `W/${doc.etag}`, `"other", ${doc.etag}`, '*']) {
      const response = documentResponse(request({ 'If-None-Match': header }), doc, { contentType: 'application/xml' });
      expect(response.status, header).toBe(304);
      expect(await response.text()).toBe('');
      expect(response.headers.get('etag')).toBe(doc.etag);
    }
    expect(documentResponse(request({ 'If-None-Match': '"stale"' }), doc, { contentType: 'application/xml' }).status).toBe(200);
  });

  it('uses If-Modified-Since, to the second, only when there is no If-None-Match', () => {
    const headers = (h: Record<string, string>) => new Headers(h);
    expect(isNotModified(headers({ 'If-Modified-Since': 'Wed, 01 May 2024 09:30:00 GMT' }), doc)).toBe(true);
    expect(isNotModified(headers({ 'If-Modified-Since': 'Wed, 01 May 2024 09:29:59 GMT' }), doc)).toBe(false);
    expect(isNotModified(headers({ 'If-Modified-Since': 'not a date' }), doc)).toBe(false);
    // A changed body with an old date: the ETag decides (RFC 9110 §13.1.3).
    expect(isNotModified(headers({ 'If-None-Match': '"old"', 'If-Modified-Since': 'Thu, 02 May 2024 00:00:00 GMT' }), doc)).toBe(false);
    expect(isNotModified(headers({ 'If-Modified-Since': 'Thu, 02 May 2024 00:00:00 GMT' }), { ...doc, lastModified: null })).toBe(false);
  });

  it('finds the newest of some times and 404s without caching', () => {
    expect(newest(['2024-05-01T00:00:00Z', null, '2024-05-02T00:00:00.000Z', undefined])).toBe('2024-05-02T00:00:00.000Z');
    expect(newest([])).toBeNull();
    const missing = documentNotFound();
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-store');
  });
});
