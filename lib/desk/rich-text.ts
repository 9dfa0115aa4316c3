import { inlineSchema, type Block, type Inline } from '../content/blocks.ts';

/**
 * Conversion between stored body blocks and the desk editor's document (ProseMirror/Tiptap JSON).
 * Pure functions on plain objects: no editor runtime is needed, so they run in tests and on the server.
 *
 * Editor document shape (node types the desk editor defines):
 * - `paragraph` (inline: text, hardBreak; marks bold, italic, link{href})
 * - `heading` {level: 2|3} (plain text; marks are ignored on the way out)
 * - `pullQuote` {attribution: string|null} (plain text)
 * - `bulletList` / `orderedList` > `listItem` > `paragraph`
 * - `mediaImage` {mediaId, src, width, height, alt, mediaAlt, caption} (atom)
 */

/** What the editor needs to show an image from the media library. */
export type MediaPreview = { src: string; width: number; height: number; alt: string };

export interface DocMark {
  type: string;
  attrs?: Record<string, unknown>;
}

/** A ProseMirror node as JSON (Tiptap's `JSONContent`, declared locally to stay runtime-free). */
export interface DocNode {
  type?: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  marks?: DocMark[];
  text?: string;
}

export interface DocJSON extends DocNode {
  type: 'doc';
  content: DocNode[];
}

/** Node names shared with the editor extensions. */
export const PULL_QUOTE = 'pullQuote';
export const MEDIA_IMAGE = 'mediaImage';

const hrefSchema = inlineSchema.shape.href;

/** The block schema's link rule: relative `/…`, http(s) or mailto. */
export function isAllowedHref(href: string): boolean {
  return href.length > 0 && hrefSchema.safeParse(href).success;
}

// ---------------------------------------------------------------------------------------------
// blocks -> doc

function inlineToNodes(runs: Inline[]): DocNode[] {
  return runs
    .filter((run) => run.text.length > 0)
    .map((run) => {
      const marks: DocMark[] = [];
      if (run.bold) marks.push({ type: 'bold' });
      if (run.italic) marks.push({ type: 'italic' });
      if (run.href) marks.push({ type: 'link', attrs: { href: run.href } });
      return marks.length ? { type: 'text', text: run.text, marks } : { type: 'text', text: run.text };
    });
}

function textNodes(text: string): DocNode[] {
  return text ? [{ type: 'text', text }] : [];
}

function withContent(node: DocNode, content: DocNode[]): DocNode {
  return content.length ? { ...node, content } : node;
}

function blockToNode(block: Block, media: Record<number, MediaPreview>): DocNode {
  switch (block.type) {
    case 'paragraph':
      return withContent({ type: 'paragraph' }, inlineToNodes(block.content));
    case 'heading':
      return withContent({ type: 'heading', attrs: { level: block.level } }, textNodes(block.text));
    case 'quote':
      return withContent({ type: PULL_QUOTE, attrs: { attribution: block.attribution ?? null } }, textNodes(block.text));
    case 'list':
      return {
        type: block.ordered ? 'orderedList' : 'bulletList',
        content: block.items.map((item) => ({
          type: 'listItem',
          content: [withContent({ type: 'paragraph' }, inlineToNodes(item))],
        })),
      };
    case 'image': {
      const preview = media[block.mediaId];
      return {
        type: MEDIA_IMAGE,
        attrs: {
          mediaId: block.mediaId,
          src: preview?.src ?? '',
          width: preview?.width ?? 0,
          height: preview?.height ?? 0,
          alt: block.alt ?? preview?.alt ?? '',
          mediaAlt: preview?.alt ?? '',
          caption: block.caption ?? '',
        },
      };
    }
  }
}

/** Stored blocks as an editor document; `media` supplies the pictures (and default alt) of image blocks. */
export function blocksToDoc(blocks: Block[], media: Record<number, MediaPreview>): DocJSON {
  const content = blocks.map((block) => blockToNode(block, media));
  // A ProseMirror document needs at least one block to put the cursor in.
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}

// ---------------------------------------------------------------------------------------------
// doc -> blocks

function sameMarks(a: Inline, b: Inline): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.href === b.href;
}

function runFrom(text: string, marks: DocMark[] | undefined): Inline {
  const run: Inline = { text };
  for (const mark of marks ?? []) {
    if (mark.type === 'bold') run.bold = true;
    else if (mark.type === 'italic') run.italic = true;
    else if (mark.type === 'link') {
      const href = typeof mark.attrs?.href === 'string' ? mark.attrs.href.trim() : '';
      // A link the public schema refuses is kept as plain text.
      if (isAllowedHref(href)) run.href = href;
    }
  }
  return run;
}

/** Appends `run`, merging it into the previous run when the marks are identical. */
function pushRun(runs: Inline[], run: Inline): void {
  if (!run.text) return;
  const last = runs.at(-1);
  if (last && sameMarks(last, run)) last.text += run.text;
  else runs.push(run);
}

/**
 * The inline runs of a node and everything inside it. Hard breaks become a space; block children
 * (several paragraphs in a list item, a nested list) are joined with a space.
 */
function collectRuns(node: DocNode, runs: Inline[]): void {
  if (node.type === 'text') {
    pushRun(runs, runFrom(node.text ?? '', node.marks));
    return;
  }
  if (node.type === 'hardBreak') {
    pushRun(runs, runFrom(' ', node.marks));
    return;
  }
  for (const child of node.content ?? []) {
    if (child.type === 'text' || child.type === 'hardBreak') {
      collectRuns(child, runs);
      continue;
    }
    const childRuns: Inline[] = [];
    collectRuns(child, childRuns);
    if (!hasText(childRuns)) continue;
    if (hasText(runs)) pushRun(runs, { text: ' ' });
    for (const run of childRuns) pushRun(runs, run);
  }
}

function hasText(runs: Inline[]): boolean {
  return runs.some((r) => r.text.trim().length > 0);
}

function runsOf(node: DocNode): Inline[] {
  const runs: Inline[] = [];
  collectRuns(node, runs);
  return hasText(runs) ? runs : [];
}

/** Plain text of a node (marks dropped), hard breaks and block boundaries as spaces. */
function plainText(node: DocNode): string {
  return runsOf(node)
    .map((r) => r.text)
    .join('');
}

function headingLevel(attrs: DocNode['attrs']): 2 | 3 {
  // Tiptap's heading defaults to level 1; 1 becomes 2 and 4+ become 3.
  const level = Number(attrs?.level ?? 1);
  return level >= 3 ? 3 : 2;
}

function optionalText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

const EM_DASH_ATTRIBUTION = /^\s*[—–-]\s*/;

/** A plain `blockquote` (pasted or from an older editor): a last paragraph "— Name" is the attribution. */
function blockquoteToBlock(node: DocNode): Block | null {
  const paragraphs = (node.content ?? []).map(plainText).filter((t) => t.trim());
  let attribution: string | undefined;
  const last = paragraphs.at(-1);
  if (paragraphs.length > 1 && last && /^\s*—/.test(last)) {
    attribution = optionalText(last.replace(EM_DASH_ATTRIBUTION, ''));
    paragraphs.pop();
  }
  const text = paragraphs.join(' ').trim();
  if (!text) return null;
  return attribution ? { type: 'quote', text, attribution } : { type: 'quote', text };
}

function listToBlock(node: DocNode, ordered: boolean): Block | null {
  const items = (node.content ?? []).map(runsOf).filter((runs) => runs.length > 0);
  return items.length ? { type: 'list', ordered, items } : null;
}

function imageToBlock(attrs: DocNode['attrs']): Block | null {
  const mediaId = Number(attrs?.mediaId);
  if (!Number.isInteger(mediaId) || mediaId <= 0) return null;
  const block: Block = { type: 'image', mediaId };
  const alt = optionalText(attrs?.alt);
  // The library's own alt is not stored as an override: the article follows later library edits.
  if (alt !== undefined && alt !== optionalText(attrs?.mediaAlt)) block.alt = alt;
  const caption = optionalText(attrs?.caption);
  if (caption !== undefined) block.caption = caption;
  return block;
}

function nodeToBlocks(node: DocNode): Block[] {
  switch (node.type) {
    case 'paragraph': {
      const content = runsOf(node);
      return content.length ? [{ type: 'paragraph', content }] : [];
    }
    case 'heading': {
      const text = plainText(node).trim();
      return text ? [{ type: 'heading', level: headingLevel(node.attrs), text }] : [];
    }
    case PULL_QUOTE: {
      const text = plainText(node).trim();
      if (!text) return [];
      const attribution = optionalText(node.attrs?.attribution);
      return [attribution ? { type: 'quote', text, attribution } : { type: 'quote', text }];
    }
    case 'blockquote': {
      const block = blockquoteToBlock(node);
      return block ? [block] : [];
    }
    case 'bulletList':
    case 'orderedList': {
      const block = listToBlock(node, node.type === 'orderedList');
      return block ? [block] : [];
    }
    case MEDIA_IMAGE: {
      const block = imageToBlock(node.attrs);
      return block ? [block] : [];
    }
    case 'horizontalRule':
      return [];
    default: {
      // Anything else (a code block, an unknown wrapper) keeps its text as a paragraph.
      const content = runsOf(node);
      return content.length ? [{ type: 'paragraph', content }] : [];
    }
  }
}

/** The editor document as stored blocks; the result always satisfies `bodySchema`. */
export function docToBlocks(doc: DocJSON | DocNode): Block[] {
  return (doc.content ?? []).flatMap(nodeToBlocks);
}
