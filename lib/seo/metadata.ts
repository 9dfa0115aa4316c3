import type { Metadata } from 'next';
import type { Article } from '../content/types.ts';
import {
  absoluteUrl,
  authorPath,
  cropPath,
  CROPS,
  feedPath,
  LOGO,
  ogLocale,
  SHARE_IMAGE,
  shareImagePath,
  SITE_FEED_PATH,
  SITE_SHARE_IMAGE_PATH,
  type FeedKind,
  type SeoSite,
} from './urls.ts';

/*
 * Metadata builders for public pages. Next merges metadata shallowly: a page that sets `alternates`,
 * `openGraph` or `robots` replaces the layout's whole object, so every builder returns complete ones
 * (the site feed link included) rather than relying on inheritance.
 */

type Robots = NonNullable<Metadata['robots']>;

/** Indexable pages: large image previews and unlimited snippets (Google's robots meta directives). */
export const INDEX_ROBOTS = {
  index: true,
  follow: true,
  'max-image-preview': 'large',
  'max-snippet': -1,
  'max-video-preview': -1,
} as const satisfies Robots;

/** Pages that should not be listed but whose links should be followed (page 2+, errors). */
export const NOINDEX_FOLLOW = { index: false, follow: true } as const satisfies Robots;

export const siteDescription = (site: SeoSite) => `News, analysis and opinion from ${site.name}.`;

export interface ShareImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

const siteShareImage = (site: SeoSite): ShareImage => ({
  url: absoluteUrl(site, SITE_SHARE_IMAGE_PATH),
  ...SHARE_IMAGE,
  alt: site.name,
});

/** The hero as a 16:9 crop 1200 px wide, or the generated card when there is no (croppable) hero. */
export function articleShareImage(article: Pick<Article, 'id' | 'headline' | 'hero'>, site: SeoSite): ShareImage {
  const crop = article.hero ? cropPath('16x9', article.hero.src) : null;
  if (article.hero && crop) return { url: absoluteUrl(site, crop), ...CROPS['16x9'], alt: article.hero.alt };
  return { url: absoluteUrl(site, shareImagePath(article.id)), ...SHARE_IMAGE, alt: article.headline };
}

/** `<link rel="alternate" type="application/rss+xml">`: the site feed everywhere, plus a list's own. */
function feedLinks(site: SeoSite, own?: { kind: FeedKind; slug: string; name: string }) {
  const links = [{ url: absoluteUrl(site, SITE_FEED_PATH), title: site.name }];
  if (own) links.push({ url: absoluteUrl(site, feedPath(own.kind, own.slug)), title: `${site.name}: ${own.name}` });
  return { 'application/rss+xml': links };
}

const text = (value: string | null | undefined) => (value && value.trim() ? value.trim() : undefined);

/** Defaults for every page (root layout): pages without metadata of their own inherit these. */
export function rootMetadata(site: SeoSite): Metadata {
  const image = siteShareImage(site);
  return {
    metadataBase: new URL(`${site.url}/`),
    title: { default: site.name, template: `%s | ${site.name}` },
    description: siteDescription(site),
    applicationName: site.name,
    icons: { icon: '/icon.svg', apple: LOGO.path },
    robots: INDEX_ROBOTS,
    alternates: { types: feedLinks(site) },
    openGraph: { type: 'website', siteName: site.name, locale: ogLocale(site.locale), images: [image] },
    twitter: { card: 'summary_large_image', images: [image] },
  };
}

export function homeMetadata(site: SeoSite): Metadata {
  const image = siteShareImage(site);
  const url = absoluteUrl(site, '/');
  const description = siteDescription(site);
  return {
    title: { absolute: site.name },
    description,
    alternates: { canonical: url, types: feedLinks(site) },
    robots: INDEX_ROBOTS,
    openGraph: { type: 'website', url, siteName: site.name, locale: ogLocale(site.locale), title: site.name, description, images: [image] },
    twitter: { card: 'summary_large_image', title: site.name, description, images: [image] },
  };
}

/** SEO title and description from the desk when set, else the headline and standfirst. */
export function articleTitle(article: Pick<Article, 'seoTitle' | 'headline'>): string {
  return text(article.seoTitle) ?? article.headline;
}

export function articleDescription(article: Pick<Article, 'seoDescription' | 'standfirst'>): string | undefined {
  return text(article.seoDescription) ?? text(article.standfirst);
}

export function articleMetadata(article: Article, site: SeoSite): Metadata {
  const title = articleTitle(article);
  const description = articleDescription(article);
  const url = absoluteUrl(site, article.url);
  const image = articleShareImage(article, site);
  return {
    title,
    description,
    authors: article.authors.map((a) => ({ name: a.name, url: absoluteUrl(site, authorPath(a.slug)) })),
    alternates: { canonical: url, types: feedLinks(site) },
    robots: INDEX_ROBOTS,
    openGraph: {
      type: 'article',
      url,
      siteName: site.name,
      locale: ogLocale(site.locale),
      title,
      description,
      images: [image],
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      section: article.section.name,
      tags: article.tags.map((t) => t.name),
      authors: article.authors.map((a) => absoluteUrl(site, authorPath(a.slug))),
    },
    twitter: { card: 'summary_large_image', title, description, images: [{ url: image.url, alt: image.alt }] },
  };
}

export interface ListingInput {
  kind: FeedKind;
  slug: string;
  name: string;
  description: string | undefined;
  /** This page's path: `/news`, `/news/page/2`. */
  path: string;
  page: number;
}

/**
 * Section, tag and author lists. Page 1 is indexable; later pages are canonical to themselves
 * (not to page 1, whose content differs) but `noindex, follow`, so crawlers still reach older stories.
 */
export function listingMetadata(list: ListingInput, site: SeoSite): Metadata {
  const title = list.page > 1 ? `${list.name} (page ${list.page})` : list.name;
  const url = absoluteUrl(site, list.path);
  const description = text(list.description);
  const image = siteShareImage(site);
  return {
    title,
    description,
    alternates: { canonical: url, types: feedLinks(site, list) },
    robots: list.page > 1 ? NOINDEX_FOLLOW : INDEX_ROBOTS,
    openGraph: { type: 'website', url, siteName: site.name, locale: ogLocale(site.locale), title, description, images: [image] },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}
