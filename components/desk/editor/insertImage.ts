import type { Editor } from '@tiptap/core';
import { MEDIA_IMAGE, type MediaPreview } from '@/lib/desk/rich-text';

export type UploadedImage = { id: number } & MediaPreview;

/**
 * Inserts a library image as a top-level block: it replaces the empty paragraph the cursor is in,
 * or goes after the block the cursor is in (never inside a list item or a quote, where the body
 * could not keep it). `at` is a document position (a drop), default the selection.
 */
export function insertImage(editor: Editor, image: UploadedImage, at?: number): boolean {
  const { doc, selection } = editor.state;
  const $pos = doc.resolve(Math.min(at ?? selection.from, doc.content.size));
  const node = {
    type: MEDIA_IMAGE,
    attrs: {
      mediaId: image.id,
      src: image.src,
      width: image.width,
      height: image.height,
      alt: image.alt,
      mediaAlt: image.alt,
      caption: '',
    },
  };
  if ($pos.depth === 0) {
    // Between top-level blocks (a selected image, a gap cursor, a drop between blocks).
    const pos = at ?? selection.to;
    return editor.chain().focus().insertContentAt(pos, node).run();
  }
  const block = $pos.node(1);
  const range = { from: $pos.before(1), to: $pos.after(1) };
  if (block.type.name === 'paragraph' && block.content.size === 0) {
    return editor.chain().focus().insertContentAt(range, node).run();
  }
  return editor.chain().focus().insertContentAt(range.to, node).run();
}
