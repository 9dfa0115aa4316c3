import type { Article } from './types.ts';

/**
 * What anyone may read of an article. Members-only articles keep their kicker, headline,
 * standfirst, hero and first paragraph; the rest is for signed-in members only.
 * Gating is decided by the visibility field, never by looking at the HTML.
 */
export function publicEdition(article: Article): Article {
  if (article.visibility !== 'members') return { ...article, gated: false };
  const first = article.body.find((b) => b.type === 'paragraph');
  return { ...article, body: first ? [first] : [], bodyMedia: {}, gated: true };
}
