import { describe, expect, it } from 'vitest';
import { publicEdition } from './gating.ts';
import type { Article } from './types.ts';

const article = (visibility: 'public' | 'members'): Article => ({
  id: 1,
  slug: 's',
  url: '/news/s',
  section: { slug: 'news', name: 'News' },
  kicker: 'K',
  headline: 'H',
  standfirst: 'S',
  hero: null,
  visibility,
  publishedAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  authors: [],
  tags: [],
  commentsMode: 'open',
  commentCount: 0,
  readingMinutes: 4,
  gated: false,
  seoTitle: null,
  seoDescription: null,
  bodyMedia: { 3: { src: '/x.jpg', width: 1, height: 1, alt: '', caption: null, credit: null } },
  body: [
    { type: 'heading', level: 2, text: 'Intro heading' },
    { type: 'paragraph', content: [{ text: 'Free first paragraph.' }] },
    { type: 'paragraph', content: [{ text: 'SECRET second paragraph.' }] },
    { type: 'image', mediaId: 3 },
  ],
});

describe('members-only gating', () => {
  it('keeps only the first paragraph of a members-only body, and no body media', () => {
    const edition = publicEdition(article('members'));
    expect(edition.gated).toBe(true);
    expect(edition.body).toEqual([{ type: 'paragraph', content: [{ text: 'Free first paragraph.' }] }]);
    expect(edition.bodyMedia).toEqual({});
    expect(JSON.stringify(edition)).not.toContain('SECRET');
    expect(edition).toMatchObject({ kicker: 'K', headline: 'H', standfirst: 'S' });
  });

  it('leaves public articles whole', () => {
    const edition = publicEdition(article('public'));
    expect(edition.gated).toBe(false);
    expect(edition.body).toHaveLength(4);
  });
});
