import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config } from '../config.ts';
import { LocalDirectoryStorage } from '../media/storage.ts';
import { describeEachEngine } from '../testing/each-engine.ts';
import { makeArticle, makeAuthor, makeMedia, makeSection } from '../testing/factory.ts';
import { getIngestArticle, ingestArticle, planStatus, tokenActor } from './ingest.ts';
import { refusal } from '../testing/refusal.ts';

const actor = tokenActor({ name: 'Wire' });
const HOUR = 3_600_000;
const inHours = (h: number) => new Date(Date.now() + h * HOUR).toISOString();


let png: Buffer;
let server: http.Server;
let base = '';

beforeAll(async () => {
  png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#cc3366' } }).png().toBuffer();
  server = http.createServer((req, res) => {
    if (req.url === '/photo.png') {
      // The declared type is wrong on purpose: the stored type comes from the bytes.
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(png);
    } else if (req.url === '/moved') {
      res.writeHead(302, { location: '/photo.png' });
      res.end();
    } else if (req.url === '/page.html') {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end('<!doctype html><p>not an image</p>');
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describeEachEngine('ingest', ({ db }) => {
  let section = '';
  let author = '';
  let dir = '';
  let storage: LocalDirectoryStorage;
  let n = 0;
  const ext = () => `wire-${Date.now()}-${++n}`;
  const article = (extra: Record<string, unknown> = {}) => ({
    headline: `Storm hits coast ${++n}`,
    section,
    authors: [author],
    body: 'The storm arrived at **dawn**.',
    ...extra,
  });
  const ingest = (input: unknown, extra: { articleId?: number } = {}) => ingestArticle(db(), input, { actor, storage, limits: { maxBytes: 1024 * 1024 }, ...extra });
  const countByExternalId = async (externalId: string) =>
    (await db().selectFrom('articles').select('id').where('external_id', '=', externalId).execute()).length;

  beforeAll(async () => {
    section = (await makeSection(db())).slug;
    author = (await makeAuthor(db())).slug;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-media-'));
    storage = new LocalDirectoryStorage(dir);
    process.env.INGEST_ALLOW_PRIVATE_URLS = 'true';
  });
  afterAll(() => {
    delete process.env.INGEST_ALLOW_PRIVATE_URLS;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  describe('upsert by externalId', () => {
    it('creates a draft, then updates the same article when the externalId comes again', async () => {
      const externalId = ext();
      const first = await ingest(article({ externalId, headline: 'First version', tags: ['Weather'] }));
      expect(first.created).toBe(true);
      expect(first.revalidate).toEqual([]); // a draft touches no public page
      expect(first.article).toMatchObject({
        externalId,
        status: 'draft',
        version: 1,
        headline: 'First version',
        section,
        authors: [author],
        tags: ['Weather'],
        heroImage: null,
        publishedAt: null,
      });
      expect(first.article.url).toBe(`${config().siteUrl}/${section}/first-version`);

      const second = await ingest(article({ externalId, headline: 'Second version' }));
      expect(second.created).toBe(false);
      expect(second.article).toMatchObject({ id: first.article.id, headline: 'Second version', version: 2, tags: [], slug: 'first-version' });
      expect(await countByExternalId(externalId)).toBe(1);

      const revisions = await db().selectFrom('article_revisions').select(['kind', 'created_by_name']).where('article_id', '=', first.article.id).execute();
      expect(revisions.map((r) => r.kind)).toEqual(['ingest', 'ingest']);
      expect(revisions[0]?.created_by_name).toBe('API: Wire');
    });

    it('never duplicates an externalId sent several times at once', async () => {
      const externalId = ext();
      const results = await Promise.all([1, 2, 3, 4].map((i) => ingest(article({ externalId, headline: `Racing copy ${externalId}`, kicker: `Take ${i}` }))));
      expect(new Set(results.map((r) => r.article.id)).size).toBe(1);
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(await countByExternalId(externalId)).toBe(1);
    });

    it('creates a new article every time when there is no externalId', async () => {
      const a = await ingest(article({ headline: 'No id' }));
      const b = await ingest(article({ headline: 'No id' }));
      expect(a.article.id).not.toBe(b.article.id);
      expect(b.article.slug).toBe(`${a.article.slug}-2`);
    });
  });

  describe('bodies', () => {
    it('converts a Markdown body to blocks', async () => {
      const { article: stored } = await ingest(article({ body: '## What happened\n\nRain, *lots* of it. [Forecast](https://example.com/f)\n\n- one\n- two\n\n> It was loud.\n> — A resident' }));
      expect(stored.body).toEqual([
        { type: 'heading', level: 2, text: 'What happened' },
        { type: 'paragraph', content: [{ text: 'Rain, ' }, { text: 'lots', italic: true }, { text: ' of it. ' }, { text: 'Forecast', href: 'https://example.com/f' }] },
        { type: 'list', ordered: false, items: [[{ text: 'one' }], [{ text: 'two' }]] },
        { type: 'quote', text: 'It was loud.', attribution: 'A resident' },
      ]);
    });

    it('stores a blocks body as sent', async () => {
      const body = [
        { type: 'paragraph', content: [{ text: 'Plain ' }, { text: 'bold', bold: true }] },
        { type: 'heading', level: 3, text: 'Sub' },
        { type: 'list', ordered: true, items: [[{ text: 'first' }]] },
      ];
      const { article: stored } = await ingest(article({ body }));
      expect(stored.body).toEqual(body);
    });

    it('names the bad block and field', async () => {
      const body = [{ type: 'paragraph', content: [{ text: 'ok' }] }, { type: 'heading', level: 2, text: 'ok' }, { type: 'quote', text: 'ok' }, { type: 'paragraph', content: 'not runs' }];
      expect(await refusal(ingest(article({ body })))).toMatchObject({ code: 'validation_failed', field: 'body.3.content' });
      expect(await refusal(ingest(article({ body: [{ type: 'video' }] })))).toMatchObject({ field: 'body.0.type' });
      expect(await refusal(ingest(article({ body: [{ type: 'paragraph', content: [{ text: 'x', href: 'javascript:alert(1)' }] }] })))).toMatchObject({
        field: 'body.0.content.0.href',
      });
      expect(await refusal(ingest(article({ body: 42 })))).toMatchObject({ field: 'body' });
    });
  });

  describe('validation', () => {
    it('refuses unknown sections and authors, and bad fields, naming them', async () => {
      expect(await refusal(ingest(article({ section: 'no-such-section' })))).toMatchObject({ code: 'validation_failed', field: 'section' });
      expect(await refusal(ingest(article({ authors: ['nobody-at-all'] })))).toMatchObject({ field: 'authors' });
      expect(await refusal(ingest(article({ headline: '' })))).toMatchObject({ field: 'headline' });
      expect(await refusal(ingest(article({ externalId: 'x'.repeat(201) })))).toMatchObject({ field: 'externalId' });
      expect(await refusal(ingest(article({ status: 'live' })))).toMatchObject({ field: 'status' });
      expect(await refusal(ingest(article({ status: 'published', publishedAt: '2024-05-01T10:00:00' })))).toMatchObject({ field: 'publishedAt' });
      expect(await refusal(ingest(article({ heroImage: { uploadId: 1 } })))).toMatchObject({ field: 'heroImage.alt' });
      expect(await refusal(ingest(article({ heroImage: { alt: 'x' } })))).toMatchObject({ field: 'heroImage.url' });
      expect(await refusal(ingest([article()]))).toMatchObject({ code: 'validation_failed' });
    });

    it('refuses to publish without authors before writing anything', async () => {
      const externalId = ext();
      expect(await refusal(ingest(article({ externalId, authors: [], status: 'published' })))).toMatchObject({ field: 'authors' });
      expect(await countByExternalId(externalId)).toBe(0);
    });
  });

  describe('status', () => {
    it('publishes with a past publishedAt as the publication date', async () => {
      const { article: stored, revalidate } = await ingest(article({ externalId: ext(), status: 'published', publishedAt: '2024-03-01T09:30:00+01:00' }));
      expect(stored).toMatchObject({ status: 'published', publishedAt: '2024-03-01T08:30:00.000Z' });
      expect(revalidate).toContain(`article:${stored.id}`);
    });

    it('publishes now without a publishedAt', async () => {
      const before = Date.now();
      const { article: stored } = await ingest(article({ status: 'published' }));
      expect(stored.status).toBe('published');
      expect(Date.parse(stored.publishedAt!)).toBeGreaterThanOrEqual(before - 1000);
    });

    it('schedules a future publishedAt, and reschedules when it changes', async () => {
      const externalId = ext();
      const when = inHours(5);
      const { article: stored } = await ingest(article({ externalId, status: 'published', publishedAt: when }));
      expect(stored).toMatchObject({ status: 'scheduled', publishedAt: when });
      const later = inHours(8);
      const again = await ingest(article({ externalId, status: 'published', publishedAt: later }));
      expect(again.article).toMatchObject({ id: stored.id, status: 'scheduled', publishedAt: later });
    });

    it('unpublishes a published article, and refuses "draft" for it without changing anything', async () => {
      const externalId = ext();
      const { article: live } = await ingest(article({ externalId, headline: 'Live copy', status: 'published' }));
      expect(await refusal(ingest(article({ externalId, headline: 'Changed', status: 'draft' })))).toMatchObject({ code: 'version_conflict', field: 'status' });
      expect((await getIngestArticle(db(), live.id)).headline).toBe('Live copy');
      // A future date on a published article would take it down: refused too.
      expect(await refusal(ingest(article({ externalId, status: 'published', publishedAt: inHours(3) })))).toMatchObject({ field: 'status' });

      const down = await ingest(article({ externalId, headline: 'Live copy', status: 'unpublished' }));
      expect(down.article.status).toBe('unpublished');
      expect(down.revalidate).toContain('url-status');
      // Unpublished stays unpublished for "draft" and "unpublished"; "published" brings it back.
      expect((await ingest(article({ externalId, headline: 'Live copy', status: 'draft' }))).article.status).toBe('unpublished');
      expect((await ingest(article({ externalId, headline: 'Live copy', status: 'published' }))).article.status).toBe('published');
    });

    it('keeps the current status when none is sent', async () => {
      const externalId = ext();
      await ingest(article({ externalId, status: 'published' }));
      const { article: stored } = await ingest(article({ externalId, headline: 'Corrected' }));
      expect(stored).toMatchObject({ status: 'published', headline: 'Corrected' });
    });

    it('plans transitions from every status', () => {
      const now = '2030-01-01T00:00:00.000Z';
      const past = '2029-01-01T00:00:00.000Z';
      const future = '2031-01-01T00:00:00.000Z';
      expect(planStatus({ status: 'published' }, 'review', null, now)).toEqual({ action: 'publish' });
      expect(planStatus({ status: 'published', publishedAt: past }, 'unpublished', past, now)).toEqual({ action: 'publish', publishAt: past });
      expect(planStatus({ status: 'published', publishedAt: future }, 'scheduled', future, now)).toBeNull();
      expect(planStatus({ status: 'unpublished' }, 'scheduled', future, now)).toEqual({ action: 'unschedule' });
      expect(planStatus({ status: 'unpublished' }, 'draft', null, now)).toBeNull();
      expect(planStatus({ status: 'draft' }, 'scheduled', future, now)).toEqual({ action: 'unschedule' });
      expect(planStatus({ status: 'draft' }, 'review', null, now)).toBeNull();
    });
  });

  describe('hero images', () => {
    it('downloads heroImage.url and stores it through the upload service (type sniffed from the bytes)', async () => {
      const { article: stored } = await ingest(article({ heroImage: { url: `${base}/photo.png`, alt: 'Waves on the pier', caption: 'Tuesday', credit: 'Wire Photo' } }));
      expect(stored.heroImage).toMatchObject({ width: 40, height: 30, alt: 'Waves on the pier', caption: 'Tuesday', credit: 'Wire Photo' });
      expect(stored.heroImage?.src).toMatch(new RegExp(`^${config().siteUrl}/media/[0-9a-f]{32}\\.png$`));
      const media = await db().selectFrom('media').selectAll().where('id', '=', stored.heroImage!.uploadId).executeTakeFirstOrThrow();
      expect(media).toMatchObject({ mime: 'image/png', alt: 'Waves on the pier', credit: 'Wire Photo', uploaded_by: null });
      expect(fs.existsSync(path.join(dir, media.src.replace('/media/', '')))).toBe(true);

      const redirected = await ingest(article({ heroImage: { url: `${base}/moved`, alt: 'Again' } }));
      expect(redirected.article.heroImage).toMatchObject({ width: 40, height: 30 });
    });

    it('refuses URLs that are not images, missing, or too large, naming heroImage.url', async () => {
      expect(await refusal(ingest(article({ heroImage: { url: `${base}/page.html`, alt: 'x' } })))).toMatchObject({ code: 'validation_failed', field: 'heroImage.url' });
      expect(await refusal(ingest(article({ heroImage: { url: `${base}/missing.png`, alt: 'x' } })))).toMatchObject({ field: 'heroImage.url', message: expect.stringContaining('404') });
      expect(await refusal(ingest(article({ heroImage: { url: 'ftp://example.com/a.png', alt: 'x' } })))).toMatchObject({ field: 'heroImage.url' });
      const tiny = ingestArticle(db(), article({ heroImage: { url: `${base}/photo.png`, alt: 'x' } }), { actor, storage, limits: { maxBytes: 100 } });
      expect(await refusal(tiny)).toMatchObject({ field: 'heroImage.url', message: expect.stringContaining('limit') });
    });

    it('does not download for an article that names an unknown section', async () => {
      const before = fs.readdirSync(dir).length;
      expect(await refusal(ingest(article({ section: 'nowhere', heroImage: { url: `${base}/photo.png`, alt: 'x' } })))).toMatchObject({ field: 'section' });
      expect(fs.readdirSync(dir).length).toBe(before);
    });

    it('refuses loopback and private addresses unless INGEST_ALLOW_PRIVATE_URLS=true', async () => {
      process.env.INGEST_ALLOW_PRIVATE_URLS = 'false';
      try {
        for (const url of [`${base}/photo.png`, `http://localhost:${new URL(base).port}/photo.png`, 'http://169.254.169.254/latest/meta-data', 'http://[::1]/x.png', 'http://10.0.0.1/x.png']) {
          const refused = await refusal(ingest(article({ heroImage: { url, alt: 'x' } })));
          expect(refused, url).toMatchObject({ code: 'validation_failed', field: 'heroImage.url', message: expect.stringContaining('non-public') });
        }
      } finally {
        process.env.INGEST_ALLOW_PRIVATE_URLS = 'true';
      }
    });

    it('uses an existing upload by id, and refuses an unknown one', async () => {
      const media = await makeMedia(db());
      const { article: stored } = await ingest(article({ heroImage: { uploadId: media.id, alt: 'From the library' } }));
      expect(stored.heroImage).toMatchObject({ uploadId: media.id, alt: 'From the library', src: `${config().siteUrl}${media.src}` });
      expect(await refusal(ingest(article({ heroImage: { uploadId: 987_654, alt: 'x' } })))).toMatchObject({ field: 'heroImage.uploadId' });
    });
  });

  describe('PUT by id', () => {
    it('updates the named article, 404 when missing, 409 when the externalId belongs to another', async () => {
      const other = await ingest(article({ externalId: ext() }));
      const sectionId = (await db().selectFrom('sections').select('id').where('slug', '=', section).executeTakeFirstOrThrow()).id;
      const { id } = await makeArticle(db(), { sectionId, status: 'draft', publishedAt: null });

      const updated = await ingest(article({ headline: 'Put copy' }), { articleId: id });
      expect(updated).toMatchObject({ created: false, article: { id, headline: 'Put copy', externalId: null } });

      expect(await refusal(ingest(article(), { articleId: 987_654 }))).toMatchObject({ code: 'not_found' });
      expect(await refusal(ingest(article({ externalId: other.article.externalId }), { articleId: id }))).toMatchObject({ code: 'duplicate', field: 'externalId' });

      // An article without an externalId takes the one a PUT names; after that it cannot change.
      const externalId = ext();
      expect((await ingest(article({ externalId, headline: 'Put copy' }), { articleId: id })).article.externalId).toBe(externalId);
      expect((await ingest(article({ externalId, headline: 'Put again' }))).article.id).toBe(id);
      expect(await refusal(ingest(article({ externalId: ext() }), { articleId: id }))).toMatchObject({ code: 'validation_failed', field: 'externalId' });
    });

    it('reads back as the same shape, which can be sent again', async () => {
      const { article: stored } = await ingest(article({ externalId: ext(), kicker: 'Weather', standfirst: 'Short.' }));
      const read = await getIngestArticle(db(), stored.id);
      expect(read).toEqual(stored);
      expect(Object.keys(read)).toEqual([
        'id', 'externalId', 'status', 'version', 'url', 'publishedAt', 'updatedAt', 'headline', 'kicker', 'standfirst', 'slug',
        'section', 'tags', 'authors', 'body', 'visibility', 'commentsMode', 'seoTitle', 'seoDescription', 'heroImage',
      ]);
      const again = await ingest({ ...read, status: undefined }, { articleId: stored.id });
      expect(again.article).toMatchObject({ ...read, version: read.version + 1, updatedAt: expect.any(String) });
      expect(await refusal(getIngestArticle(db(), 987_654))).toMatchObject({ code: 'not_found' });
    });
  });
});
