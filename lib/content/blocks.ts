import { z } from 'zod';

/**
 * Article bodies are stored as structured blocks (JSON), never as HTML:
 * the renderer decides the markup, so nothing stored can inject script.
 */

/** A run of inline text. `href` makes it a link; marks are optional. */
export const inlineSchema = z.object({
  text: z.string().min(1),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  href: z
    .string()
    .refine((v) => v.startsWith('/') || /^https?:\/\//.test(v) || v.startsWith('mailto:'), {
      message: 'links must be relative, http(s) or mailto',
    })
    .optional(),
});

const richText = z.array(inlineSchema).min(1);

export const paragraphBlock = z.object({ type: z.literal('paragraph'), content: richText });
export const headingBlock = z.object({
  type: z.literal('heading'),
  level: z.union([z.literal(2), z.literal(3)]),
  text: z.string().min(1),
});
export const quoteBlock = z.object({
  type: z.literal('quote'),
  text: z.string().min(1),
  attribution: z.string().optional(),
});
export const listBlock = z.object({
  type: z.literal('list'),
  ordered: z.boolean(),
  items: z.array(richText).min(1),
});
export const imageBlock = z.object({
  type: z.literal('image'),
  mediaId: z.number().int().positive(),
  /** Overrides the media library's alt text for this use, when set. */
  alt: z.string().optional(),
  caption: z.string().optional(),
});

export const blockSchema = z.discriminatedUnion('type', [
  paragraphBlock,
  headingBlock,
  quoteBlock,
  listBlock,
  imageBlock,
]);
export const bodySchema = z.array(blockSchema);

export type Inline = z.infer<typeof inlineSchema>;
export type Block = z.infer<typeof blockSchema>;
export type ImageBlock = z.infer<typeof imageBlock>;
export type BlockType = Block['type'];
export const BLOCK_TYPES: readonly BlockType[] = ['paragraph', 'heading', 'quote', 'list', 'image'];

/** Parses a stored body; a corrupt body throws with the article named by the caller. */
export function parseBody(json: string): Block[] {
  return bodySchema.parse(JSON.parse(json));
}

/** Plain text of a body, for word counts and (later) search and feeds. */
export function bodyText(blocks: Block[]): string {
  return blocks
    .map((b) => {
      switch (b.type) {
        case 'paragraph':
          return b.content.map((i) => i.text).join('');
        case 'heading':
        case 'quote':
          return b.text;
        case 'list':
          return b.items.map((item) => item.map((i) => i.text).join('')).join('\n');
        case 'image':
          return '';
      }
    })
    .filter(Boolean)
    .join('\n\n');
}
