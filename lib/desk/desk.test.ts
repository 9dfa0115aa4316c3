import { beforeAll, describe, expect, it } from 'vitest';
import { getPublishedArticle, listLatest } from '../content/articles.ts';
import { describeEachEngine } from '../testing/each-engine.ts';
import { makeAuthor, makeMedia, makeSection } from '../testing/factory.ts';
import { listDeskArticles } from './list.ts';
import { getRevision, listRevisions } from './revisions.ts';
import { createArticle, saveArticle } from './save.ts';
import { checkShareToken, createShareLink, revokeShareLink } from './share-links.ts';
import { publishDueArticles, restoreRevision, transitionArticle } from './workflow-service.ts';
import type { Actor } from './workflow.ts';
import { refusal } from '../testing/refusal.ts';

const editor: Actor = { id: 'editor-1', name: 'Edna Editor', role: 'editor' };
const otherEditor: Actor = { id: 'editor-2', name: 'Otto Other', role: 'editor' };
const contributor: Actor = { id: 'contrib-1', name: 'Cora Contributor', role: 'contributor' };
const SECRET = 'x'.repeat(32);


const paragraph = (text: string) => ({ type: 'paragraph' as const, content: [{ text }] });

describeEachEngine('newsroom desk', ({ db }) => {
  let section = '';
  let otherSection = '';
  let author = '';
  let mediaId = 0;

  beforeAll(async () => {
    section = (await makeSection(db())).slug;
    otherSection = (await makeSection(db())).slug;
    author = (await makeAuthor(db())).slug;
    mediaId = (await makeMedia(db())).id;
  });

  const draft = (headline: string, extra: Record<string, unknown> = {}) => ({
    headline,
    section,
    authors: [author],
    body: [paragraph(`${headline} body.`)],
    ...extra,
  });

  describe('saving', () => {
    it('derives a unique slug, creates tags on the fly and keeps a revision per save', async () => {
      const first = await createArticle(db(), draft('Harbour wall repaired', { tags: ['Harbour Works', 'Weather'] }), { actor: editor });
      const second = await createArticle(db(), draft('Harbour wall repaired'), { actor: editor });
      expect(first.article.fields.slug).toBe('harbour-wall-repaired');
      expect(second.article.fields.slug).toBe('harbour-wall-repaired-2');
      expect(first.article.fields.tags).toEqual(['Harbour Works', 'Weather']);
      const saved = await saveArticle(db(), first.article.id, { ...first.article.fields, standfirst: 'New standfirst' }, { actor: editor, expectedVersion: 1 });
      expect(saved.article.version).toBe(2);
      expect((await listRevisions(db(), first.article.id)).map((r) => r.kind)).toEqual(['save', 'create']);
      // A draft is invisible to readers: nothing to revalidate.
      expect(saved.revalidate).toEqual([]);
    });

    it('refuses an explicit slug that another article uses, naming the field', async () => {
      await createArticle(db(), draft('Taken slug story', { slug: 'taken-slug' }), { actor: editor });
      expect(await refusal(createArticle(db(), draft('Another', { slug: 'taken-slug' }), { actor: editor }))).toMatchObject({
        code: 'validation_failed',
        field: 'slug',
      });
    });

    it('names the bad field for unknown sections, authors and images, and requires hero alt text', async () => {
      expect(await refusal(createArticle(db(), draft('X', { section: 'nope' }), { actor: editor }))).toMatchObject({ field: 'section' });
      expect(await refusal(createArticle(db(), draft('X', { authors: ['nobody'] }), { actor: editor }))).toMatchObject({ field: 'authors' });
      expect(await refusal(createArticle(db(), draft('X', { hero: { mediaId: 999999, alt: 'a' } }), { actor: editor }))).toMatchObject({
        field: 'hero.mediaId',
      });
      expect(await refusal(createArticle(db(), draft('X', { hero: { mediaId, alt: ' ' } }), { actor: editor }))).toMatchObject({
        field: 'hero.alt',
      });
    });

    it('tells the second editor of a conflict instead of overwriting', async () => {
      const { article } = await createArticle(db(), draft('Two editors'), { actor: editor });
      await saveArticle(db(), article.id, { ...article.fields, headline: 'Edna was first' }, { actor: editor, expectedVersion: 1 });
      const refused = await refusal(saveArticle(db(), article.id, { ...article.fields, headline: 'Otto overwrites' }, { actor: otherEditor, expectedVersion: 1 }));
      expect(refused).toMatchObject({ code: 'version_conflict' });
      expect(refused.message).toContain('Edna Editor');
      const stored = await transitionArticle(db(), article.id, 'submit', { actor: editor });
      expect(stored.article.fields.headline).toBe('Edna was first');
    });
  });

  describe('workflow', () => {
    it('lets contributors write and submit their own drafts but never publish or schedule', async () => {
      const { article } = await createArticle(db(), draft('Contributor copy'), { actor: contributor });
      expect(await refusal(transitionArticle(db(), article.id, 'publish', { actor: contributor }))).toMatchObject({ code: 'forbidden' });
      const future = new Date(Date.now() + 3_600_000).toISOString();
      expect(await refusal(transitionArticle(db(), article.id, 'schedule', { actor: contributor, publishAt: future }))).toMatchObject({ code: 'forbidden' });
      const submitted = await transitionArticle(db(), article.id, 'submit', { actor: contributor });
      expect(submitted.article.status).toBe('review');
      const published = await transitionArticle(db(), article.id, 'publish', { actor: editor });
      expect(published.article.status).toBe('published');
      // Once published, the contributor can no longer change it.
      expect(await refusal(saveArticle(db(), article.id, article.fields, { actor: contributor, expectedVersion: 'any' }))).toMatchObject({
        code: 'forbidden',
      });
    });

    it('keeps contributors out of other people’s drafts', async () => {
      const { article } = await createArticle(db(), draft('Editor draft'), { actor: editor });
      expect(await refusal(saveArticle(db(), article.id, article.fields, { actor: contributor, expectedVersion: 1 }))).toMatchObject({ code: 'forbidden' });
      expect(await refusal(transitionArticle(db(), article.id, 'submit', { actor: contributor }))).toMatchObject({ code: 'forbidden' });
    });

    it('refuses to publish an empty body and to schedule in the past', async () => {
      const { article } = await createArticle(db(), draft('Empty', { body: [] }), { actor: editor });
      expect(await refusal(transitionArticle(db(), article.id, 'publish', { actor: editor }))).toMatchObject({ field: 'body' });
      const full = await createArticle(db(), draft('Past schedule'), { actor: editor });
      const past = new Date(Date.now() - 60_000).toISOString();
      expect(await refusal(transitionArticle(db(), full.article.id, 'schedule', { actor: editor, publishAt: past }))).toMatchObject({ field: 'publishAt' });
    });

    it('publishes a scheduled article when its time comes, and readers see it then', async () => {
      const { article } = await createArticle(db(), draft('Scheduled story', { section: otherSection }), { actor: editor });
      const at = new Date(Date.now() + 60_000);
      const scheduled = await transitionArticle(db(), article.id, 'schedule', { actor: editor, publishAt: at.toISOString() });
      expect(scheduled.article.status).toBe('scheduled');
      expect(await getPublishedArticle(db(), article.fields.slug)).toBeNull();
      expect(await publishDueArticles(db(), new Date(at.getTime() - 1000).toISOString())).toMatchObject({ published: [] });
      const later = new Date(at.getTime() + 1000).toISOString();
      const tick = await publishDueArticles(db(), later);
      expect(tick.published).toEqual([article.id]);
      expect(tick.revalidate).toEqual(expect.arrayContaining(['latest', `article:${article.id}`, `article-slug:${article.fields.slug}`, `section:${otherSection}`]));
      expect((await listLatest(db(), 50, later)).map((t) => t.id)).toContain(article.id);
      expect(await getPublishedArticle(db(), article.fields.slug, later)).not.toBeNull();
      expect(await publishDueArticles(db(), later)).toMatchObject({ published: [] });
    });

    it('keeps an old slug for redirects after a public article is renamed, and revalidates both', async () => {
      const { article } = await createArticle(db(), draft('Original headline'), { actor: editor });
      const published = await transitionArticle(db(), article.id, 'publish', { actor: editor });
      const renamed = await saveArticle(
        db(),
        article.id,
        { ...published.article.fields, headline: 'Better headline', slug: 'better-headline', section: otherSection },
        { actor: editor, expectedVersion: published.article.version },
      );
      const history = await db().selectFrom('article_slug_history').selectAll().where('article_id', '=', article.id).execute();
      expect(history.map((h) => h.slug)).toEqual(['original-headline']);
      expect(renamed.revalidate).toEqual(
        expect.arrayContaining(['article-slug:original-headline', 'article-slug:better-headline', `section:${section}`, `section:${otherSection}`, 'url-status']),
      );
      // The old slug cannot be given to another article while it redirects.
      expect(await refusal(createArticle(db(), draft('Squatter', { slug: 'original-headline' }), { actor: editor }))).toMatchObject({ field: 'slug' });
    });

    it('unpublishes, and republishing keeps the original date', async () => {
      const { article } = await createArticle(db(), draft('Pulled story'), { actor: editor });
      const published = await transitionArticle(db(), article.id, 'publish', { actor: editor });
      const pulled = await transitionArticle(db(), article.id, 'unpublish', { actor: editor });
      expect(pulled.article.status).toBe('unpublished');
      expect(await getPublishedArticle(db(), article.fields.slug)).toBeNull();
      const again = await transitionArticle(db(), article.id, 'publish', { actor: editor });
      expect(again.article.publishedAt).toBe(published.article.publishedAt);
    });
  });

  describe('revisions', () => {
    it('restores an earlier revision as a new save', async () => {
      const { article } = await createArticle(db(), draft('First words'), { actor: editor });
      const second = await saveArticle(db(), article.id, { ...article.fields, headline: 'Second words' }, { actor: editor, expectedVersion: 1 });
      const revisions = await listRevisions(db(), article.id);
      const original = revisions.find((r) => r.kind === 'create')!;
      expect((await getRevision(db(), article.id, original.id)).fields.headline).toBe('First words');
      const restored = await restoreRevision(db(), article.id, original.id, { actor: otherEditor, expectedVersion: second.article.version });
      expect(restored.article.fields.headline).toBe('First words');
      expect((await listRevisions(db(), article.id))[0]).toMatchObject({ kind: 'restore', createdByName: 'Otto Other' });
    });

    it('coalesces one person’s autosaves into one revision', async () => {
      const { article } = await createArticle(db(), draft('Autosaved'), { actor: editor });
      let version = 1;
      for (const n of [1, 2, 3]) {
        const saved = await saveArticle(db(), article.id, { ...article.fields, standfirst: `Take ${n}` }, { actor: editor, expectedVersion: version, kind: 'autosave' });
        version = saved.article.version;
      }
      const revisions = await listRevisions(db(), article.id);
      expect(revisions.map((r) => r.kind)).toEqual(['autosave', 'create']);
      expect((await getRevision(db(), article.id, revisions[0]!.id)).fields.standfirst).toBe('Take 3');
    });
  });

  describe('share links', () => {
    it('opens only with an intact, unexpired, unrevoked token', async () => {
      const { article } = await createArticle(db(), draft('Shared draft'), { actor: editor });
      const now = new Date();
      const { link, token } = await createShareLink(db(), SECRET, { articleId: article.id, createdBy: editor.id, now });
      expect(await checkShareToken(db(), SECRET, token, now)).toMatchObject({ ok: true, articleId: article.id });
      expect(await checkShareToken(db(), 'y'.repeat(32), token, now)).toEqual({ ok: false, reason: 'invalid' });
      const [id, expires, signature] = token.split('.');
      expect(await checkShareToken(db(), SECRET, `${id}.${Number(expires) + 3600}.${signature}`, now)).toEqual({ ok: false, reason: 'invalid' });
      expect(await checkShareToken(db(), SECRET, `${id}.${expires}.${signature!.slice(0, -2)}AA`, now)).toEqual({ ok: false, reason: 'invalid' });
      expect(await checkShareToken(db(), SECRET, token, new Date(now.getTime() + 49 * 3_600_000))).toEqual({ ok: false, reason: 'expired' });
      expect(await revokeShareLink(db(), article.id, link.id)).toBe(true);
      expect(await checkShareToken(db(), SECRET, token, now)).toEqual({ ok: false, reason: 'revoked' });
    });
  });

  describe('the desk list', () => {
    it('filters by status, section, author and text', async () => {
      const { article } = await createArticle(db(), draft('Zebra crossing plan', { section: otherSection }), { actor: editor });
      const byText = await listDeskArticles(db(), { q: 'ZEBRA' });
      expect(byText.items.map((i) => i.id)).toEqual([article.id]);
      const bySection = await listDeskArticles(db(), { section: otherSection, status: 'draft' });
      expect(bySection.items.map((i) => i.id)).toContain(article.id);
      expect(bySection.items.every((i) => i.status === 'draft')).toBe(true);
      const byAuthor = await listDeskArticles(db(), { author: author, sort: 'headline' });
      const headlines = byAuthor.items.map((i) => i.headline);
      expect(headlines).toEqual([...headlines].sort((a, b) => (a < b ? -1 : 1)));
      expect(await listDeskArticles(db(), { q: '100%_' })).toMatchObject({ total: 0 });
    });
  });
});

