import type { Article, Author } from '../content/types.ts';
import { articleDescription } from './metadata.ts';
import {
  absoluteUrl,
  authorPath,
  cropPath,
  LOGO,
  SEARCH_PATH,
  sectionPath,
  shareImagePath,
  type CropRatio,
  type SeoSite,
} from './urls.ts';

/*
 * JSON-LD (schema.org) for search engines, as plain objects; components/seo/JsonLd.tsx renders them.
 * Shapes follow Google's Article, paywalled content, breadcrumb, sitelinks search box and profile page
 * documentation.
 */

export type JsonLdObject = { '@context'?: 'https://schema.org'; '@type': string } & { [key: string]: unknown };

/**
 * The script body: JSON with every `<` escaped (as Next's JSON-LD guide advises), so a headline
 * containing `</script>` cannot end the element; JSON parsers read `\u003c` back as `<`.
 */
export function serializeJsonLd(data: JsonLdObject): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** Google shows at most 110 characters of a headline; cut at a word when we can. */
export const HEADLINE_MAX = 110;

export function clampHeadline(headline: string): string {
  if (headline.length <= HEADLINE_MAX) return headline;
  const cut = headline.slice(0, HEADLINE_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > HEADLINE_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const publisherId = (site: SeoSite) => `${absoluteUrl(site, '/')}#publisher`;
const websiteId = (site: SeoSite) => `${absoluteUrl(site, '/')}#website`;

/** The newsroom itself, with its logo. */
export function publisherJsonLd(site: SeoSite): JsonLdObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsMediaOrganization',
    '@id': publisherId(site),
    name: site.name,
    url: absoluteUrl(site, '/'),
    logo: { '@type': 'ImageObject', url: absoluteUrl(site, LOGO.path), width: LOGO.width, height: LOGO.height },
  };
}

/** The front page: the site with its search (sitelinks search box). */
export function websiteJsonLd(site: SeoSite): JsonLdObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': websiteId(site),
    url: absoluteUrl(site, '/'),
    name: site.name,
    inLanguage: site.locale,
    publisher: { '@id': publisherId(site) },
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl(site, SEARCH_PATH)}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

const RATIOS: CropRatio[] = ['16x9', '4x3', '1x1'];

/** Google asks for 16:9, 4:3 and 1:1 images of at least 50,000 pixels; without a hero, the share card. */
export function articleImages(article: Pick<Article, 'id' | 'hero'>, site: SeoSite): string[] {
  const hero = article.hero;
  const crops = hero ? RATIOS.map((r) => cropPath(r, hero.src)) : [];
  if (crops.length > 0 && crops.every((c) => c !== null)) return crops.map((c) => absoluteUrl(site, c));
  return [absoluteUrl(site, shareImagePath(article.id))];
}

export function newsArticleJsonLd(article: Article, site: SeoSite): JsonLdObject {
  const url = absoluteUrl(site, article.url);
  const description = articleDescription(article);
  const members = article.visibility === 'members';
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    headline: clampHeadline(article.headline),
    ...(description ? { description } : {}),
    image: articleImages(article, site),
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    // Agency copy has no byline: the newsroom is then the author.
    author:
      article.authors.length > 0
        ? article.authors.map((a) => ({ '@type': 'Person', name: a.name, url: absoluteUrl(site, authorPath(a.slug)) }))
        : [{ '@type': 'NewsMediaOrganization', name: site.name, url: absoluteUrl(site, '/') }],
    publisher: publisherJsonLd(site),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    inLanguage: site.locale,
    articleSection: article.section.name,
    ...(article.tags.length > 0 ? { keywords: article.tags.map((t) => t.name) } : {}),
    isAccessibleForFree: !members,
    // Paywalled content: Google's structured data for subscription content, pointing at the gated part
    // by the class ArticleView puts around it.
    ...(members ? { hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.members-only' } } : {}),
  };
}

/** Home → section → article. */
export function articleBreadcrumbJsonLd(article: Pick<Article, 'headline' | 'url' | 'section'>, site: SeoSite): JsonLdObject {
  const crumbs = [
    { name: site.name, url: absoluteUrl(site, '/') },
    { name: article.section.name, url: absoluteUrl(site, sectionPath(article.section.slug)) },
    { name: clampHeadline(article.headline), url: absoluteUrl(site, article.url) },
  ];
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
  };
}

/** An author page: the person it is about. */
export function profilePageJsonLd(author: Author, site: SeoSite): JsonLdObject {
  const url = absoluteUrl(site, authorPath(author.slug));
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url,
    mainEntity: {
      '@type': 'Person',
      '@id': `${url}#person`,
      name: author.name,
      url,
      ...(author.role ? { jobTitle: author.role } : {}),
      ...(author.bio ? { description: author.bio } : {}),
      ...(author.avatar ? { image: absoluteUrl(site, author.avatar.src) } : {}),
      worksFor: { '@type': 'NewsMediaOrganization', name: site.name, url: absoluteUrl(site, '/') },
    },
  };
}
