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
  /** Old slugs (301) and unpublished slugs (410), which the proxy answers before any page renders. */
  urlStatus: 'url-status',
  /** Sitemaps and feeds: every public change touches them. */
  sitemaps: 'sitemaps',
  feeds: 'feeds',
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
    cacheTags.sitemaps,
    cacheTags.feeds,
  ];
}

type Footprint = Parameters<typeof tagsForArticleChange>[0] & { status: string };

/** States in which an article is, was or may become visible in some cached public page. */
const LISTED = new Set(['published', 'scheduled', 'unpublished']);

/**
 * Tags to revalidate after a desk or API change, from what the article looked like before and after:
 * both sets, since a moved article leaves one section's lists and joins another's. Drafts touch nothing.
 */
export function tagsForEdit(before: Footprint | null, after: Footprint | null): string[] {
  const tags = new Set<string>();
  for (const state of [before, after]) {
    if (state && LISTED.has(state.status)) for (const tag of tagsForArticleChange(state)) tags.add(tag);
  }
  if (tags.size > 0 && (before?.slug !== after?.slug || before?.status !== after?.status)) tags.add(cacheTags.urlStatus);
  return [...tags];
}
