/**
 * Every cache tag the site uses, built in one place so that whoever changes content
 * (desk, ingest API, scheduler) revalidates exactly the tags the pages were cached under.
 */
export const cacheTags = {
  /** One article's page data, by id (survives slug changes). */
  article: (id: number) => `article:${id}`,
  /** Lookups by slug, including misses, so publishing under a slug refreshes a cached 404. */
  articleSlug: (slug: string) => `article-slug:${slug}`,
  section: (slug: string) => `section:${slug}`,
  tag: (slug: string) => `tag:${slug}`,
  author: (slug: string) => `author:${slug}`,
  /** The list of sections (navigation, home blocks). */
  sections: 'sections',
  /** Site-wide "newest" lists: latest rail, home lead and top stories. */
  latest: 'latest',
  comments: (articleId: number) => `comments:${articleId}`,
} as const;

/** Tags to revalidate when an article is published, edited or unpublished. */
export function tagsForArticleChange(article: {
  id: number;
  slug: string;
  sectionSlug: string;
  tagSlugs: string[];
  authorSlugs: string[];
}): string[] {
  return [
    cacheTags.article(article.id),
    cacheTags.articleSlug(article.slug),
    cacheTags.section(article.sectionSlug),
    ...article.tagSlugs.map(cacheTags.tag),
    ...article.authorSlugs.map(cacheTags.author),
    cacheTags.latest,
  ];
}
