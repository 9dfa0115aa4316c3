import type { Article } from '../content/types.ts';

/** A complete public Article for unit tests of code that renders or describes one (no database). */
export function anArticle(overrides: Partial<Article> = {}): Article {
  return {
    id: 42,
    slug: 'harbour-bridge-vote',
    url: '/news/harbour-bridge-vote',
    section: { slug: 'news', name: 'News' },
    kicker: 'Harbour',
    headline: 'Council votes for the harbour bridge',
    standfirst: 'A narrow majority backs the crossing after a six-hour debate.',
    hero: {
      src: '/demo/images/harbour-dawn.jpg',
      width: 1600,
      height: 900,
      alt: 'The harbour at dawn',
      caption: null,
      credit: 'Demo',
    },
    visibility: 'public',
    publishedAt: '2026-03-01T09:30:00.000Z',
    updatedAt: '2026-03-01T12:00:00.000Z',
    commentCount: 3,
    body: [{ type: 'paragraph', content: [{ text: 'The council voted.' }] }],
    bodyMedia: {},
    authors: [
      { slug: 'ada-byrne', name: 'Ada Byrne', role: 'Local government reporter' },
      { slug: 'sam-reed', name: 'Sam Reed', role: 'Transport correspondent' },
    ],
    tags: [
      { slug: 'transport', name: 'Transport' },
      { slug: 'harbour-bridge', name: 'Harbour bridge' },
    ],
    commentsMode: 'open',
    readingMinutes: 3,
    gated: false,
    seoTitle: null,
    seoDescription: null,
    ...overrides,
  };
}
