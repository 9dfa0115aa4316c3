import type { Block } from '../content/blocks.ts';
import { config } from '../config.ts';
import type { ArticleStatus, CommentsMode, Visibility } from '../db/schema.ts';
import type { DeskArticle } from '../desk/article-rows.ts';

/**
 * The one shape the ingest API answers with (POST, PUT and GET /api/v1/articles…, and the import CLI):
 * workflow state, then the editable fields under their request names, then the hero image.
 * Sending it back (edited) as a PUT body works: unknown keys are ignored and heroImage.uploadId is kept.
 */
export interface IngestArticle {
  id: number;
  externalId: string | null;
  /** Any desk status: draft, review, scheduled, published or unpublished. */
  status: ArticleStatus;
  version: number;
  /** Absolute public URL (answers once the article is published). */
  url: string;
  /** ISO 8601, UTC; the go-live time for scheduled articles. */
  publishedAt: string | null;
  updatedAt: string;
  headline: string;
  kicker: string | null;
  standfirst: string | null;
  slug: string;
  section: string;
  tags: string[];
  authors: string[];
  /** Always blocks (Markdown is converted on the way in). */
  body: Block[];
  visibility: Visibility;
  commentsMode: CommentsMode | null;
  seoTitle: string | null;
  seoDescription: string | null;
  heroImage: IngestHeroImage | null;
}

export interface IngestHeroImage {
  uploadId: number;
  /** Absolute URL of the stored file. */
  src: string;
  width: number | null;
  height: number | null;
  alt: string;
  caption: string | null;
  credit: string | null;
}

export function toIngestOutput(article: DeskArticle, siteUrl: string = config().siteUrl): IngestArticle {
  const { fields } = article;
  const absolute = (path: string) => new URL(path, `${siteUrl}/`).toString();
  const heroMedia = fields.hero ? article.media[fields.hero.mediaId] : undefined;
  return {
    id: article.id,
    externalId: article.externalId,
    status: article.status,
    version: article.version,
    url: absolute(article.url),
    publishedAt: article.publishedAt,
    updatedAt: article.updatedAt,
    headline: fields.headline,
    kicker: fields.kicker,
    standfirst: fields.standfirst,
    slug: fields.slug,
    section: fields.section,
    tags: fields.tags,
    authors: fields.authors,
    body: fields.body,
    visibility: fields.visibility,
    commentsMode: fields.commentsMode,
    seoTitle: fields.seoTitle,
    seoDescription: fields.seoDescription,
    heroImage: fields.hero
      ? {
          uploadId: fields.hero.mediaId,
          src: heroMedia ? absolute(heroMedia.src) : '',
          width: heroMedia?.width ?? null,
          height: heroMedia?.height ?? null,
          alt: fields.hero.alt,
          caption: fields.hero.caption,
          credit: fields.hero.credit,
        }
      : null,
  };
}
