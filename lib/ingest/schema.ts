import { z } from 'zod';
import { CommentError } from '../comments/errors.ts';
import { bodySchema, type Block } from '../content/blocks.ts';
import { fieldError } from '../desk/errors.ts';
import { articleFieldsSchema, heroSchema } from '../desk/fields.ts';
import { markdownToBlocks } from './markdown.ts';

/**
 * The ingest API's article JSON (POST/PUT /api/v1/articles and `npm run import`).
 * The editable fields are the desk's (lib/desk/fields.ts) under the same names and rules, except:
 * `body` is blocks or a Markdown string, `heroImage` names an image by URL (downloaded) or by upload id,
 * and `externalId`, `status` and `publishedAt` drive the upsert and the workflow.
 * Every request is a full representation: omitted optional fields take their defaults (no tags, no hero…).
 * Unknown keys are ignored, so a GET response can be edited and sent back.
 */

export const INGEST_STATUSES = ['draft', 'published', 'unpublished'] as const;
export type IngestStatus = (typeof INGEST_STATUSES)[number];

export const EXTERNAL_ID_MAX = 200;
export const BODY_MAX_BLOCKS = 500;
export const MARKDOWN_MAX_CHARS = 500_000;

const fields = articleFieldsSchema.shape;

const heroImageSchema = z
  .object({
    /** An http(s) URL to download (see remote-image.ts). */
    url: z.string().trim().min(1).max(2000).optional(),
    /** A media library id (an earlier upload). */
    uploadId: z.number().int().positive().max(2_147_483_647).optional(),
    alt: heroSchema.shape.alt,
    caption: heroSchema.shape.caption,
    credit: heroSchema.shape.credit,
  })
  .superRefine((hero, ctx) => {
    if ((hero.url === undefined) === (hero.uploadId === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'give either url (an image to download) or uploadId (an uploaded image), not both' });
    }
  });

/** Blocks as stored, or Markdown converted to blocks; errors name the block (`body.3.content`). */
const bodyInputSchema = z.unknown().optional().transform((value, ctx): Block[] => {
  if (value === undefined || value === null) return [];
  let blocks: unknown = value;
  if (typeof value === 'string') {
    if (value.length > MARKDOWN_MAX_CHARS) {
      ctx.addIssue({ code: 'custom', message: `the Markdown body is at most ${MARKDOWN_MAX_CHARS} characters` });
      return z.NEVER;
    }
    blocks = markdownToBlocks(value);
  } else if (!Array.isArray(value)) {
    ctx.addIssue({ code: 'custom', message: 'send an array of blocks or a Markdown string' });
    return z.NEVER;
  }
  const result = bodySchema.max(BODY_MAX_BLOCKS, { message: `at most ${BODY_MAX_BLOCKS} blocks` }).safeParse(blocks);
  if (!result.success) {
    for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path.map(String) });
    return z.NEVER;
  }
  return result.data;
});

export const ingestArticleSchema = z.object({
  /** The sender's id: sending the same externalId again updates the same article. */
  externalId: z
    .string()
    .trim()
    .min(1, { message: 'must not be empty (leave it out instead)' })
    .max(EXTERNAL_ID_MAX, { message: `must be at most ${EXTERNAL_ID_MAX} characters` })
    .nullish()
    .transform((v) => v ?? null),
  headline: fields.headline,
  kicker: fields.kicker,
  standfirst: fields.standfirst,
  slug: fields.slug,
  section: fields.section,
  tags: fields.tags,
  authors: fields.authors,
  body: bodyInputSchema,
  heroImage: heroImageSchema.nullable().default(null),
  visibility: fields.visibility,
  commentsMode: fields.commentsMode,
  seoTitle: fields.seoTitle,
  seoDescription: fields.seoDescription,
  /** Leave out to create a draft, or to keep an existing article's workflow state. */
  status: z.enum(INGEST_STATUSES, { message: `must be one of ${INGEST_STATUSES.join(', ')}` }).optional(),
  /** With status "published": past → published with this date, future → scheduled. Ignored otherwise. */
  publishedAt: z.iso
    .datetime({ offset: true, message: 'must be an ISO 8601 date-time with a time zone, e.g. 2030-05-01T09:30:00+01:00' })
    .nullish()
    .transform((v) => v ?? undefined),
});

export type IngestInput = z.infer<typeof ingestArticleSchema>;
export type IngestInputJson = z.input<typeof ingestArticleSchema>;
export type HeroImageInput = NonNullable<IngestInput['heroImage']>;

/** Validates a decoded JSON value; a failure is the API's 422 naming the first bad field (`heroImage.alt`, `body.3.content`). */
export function parseIngestInput(data: unknown): IngestInput {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new CommentError('validation_failed', 'Send one article as a JSON object.');
  const result = ingestArticleSchema.safeParse(data);
  if (!result.success) throw fieldError(result.error.issues);
  return result.data;
}
