import { z } from 'zod';
import { bodySchema, type Block } from '../content/blocks.ts';
import { SLUG_MAX, SLUG_PATTERN } from './slug.ts';

/**
 * The fields an editor (or the ingest API) writes: what a revision snapshots and a restore puts back.
 * Status and publication time belong to the workflow (lib/desk/workflow.ts), not here.
 * Section, authors and tags are named by slug, so a snapshot survives renames.
 */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `must be at most ${max} characters` })
    .nullish()
    .transform((v) => (v ? v : null));

export const heroSchema = z.object({
  mediaId: z.number().int().positive(),
  alt: z.string().trim().min(1, { message: 'describe the image for people who cannot see it' }).max(300),
  caption: optionalText(300),
  credit: optionalText(200),
});

export const articleFieldsSchema = z.object({
  headline: z.string().trim().min(1, { message: 'a headline is required' }).max(200),
  kicker: optionalText(60),
  standfirst: optionalText(400),
  /** Empty: derived from the headline. */
  slug: z
    .string()
    .trim()
    .max(SLUG_MAX)
    .refine((v) => v === '' || SLUG_PATTERN.test(v), { message: 'use lower-case letters, digits and single hyphens' })
    .default(''),
  section: z.string().trim().min(1, { message: 'choose a section' }),
  /** Tag names; unknown ones are created. */
  tags: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
  /** Author slugs, in byline order. */
  authors: z.array(z.string().trim().min(1)).max(10).default([]),
  body: bodySchema.max(500).default([]),
  hero: heroSchema.nullable().default(null),
  visibility: z.enum(['public', 'members']).default('public'),
  /** Null follows the site default. */
  commentsMode: z.enum(['open', 'premoderated', 'closed']).nullable().default(null),
  seoTitle: optionalText(70),
  seoDescription: optionalText(200),
});

export type ArticleFields = z.infer<typeof articleFieldsSchema>;
export type ArticleFieldsInput = z.input<typeof articleFieldsSchema>;

/** What must be true before readers may see an article (publish or schedule). */
export function publishProblems(fields: ArticleFields): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (!fields.body.some((b: Block) => b.type === 'paragraph')) {
    problems.push({ field: 'body', message: 'the body needs at least one paragraph before it can be published' });
  }
  if (fields.authors.length === 0) problems.push({ field: 'authors', message: 'add at least one author to the byline' });
  return problems;
}
