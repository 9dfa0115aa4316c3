import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { bodySchema, type Block } from '@/lib/content/blocks';
import { blocksToDoc, docToBlocks, type DocJSON, type MediaPreview } from '@/lib/desk/rich-text';
import { bodyKey } from './bodyKey';
import { bodyExtensions } from './extensions';
import { insertImage } from './insertImage';
import { applyLink, removeLink } from './linkCommands';

// The editor runs headless here (no view, so no node views): schema, commands and JSON are real.
// Without a view `focus()` reports failure, so the command chains' return values are not asserted.

const media: Record<number, MediaPreview> = { 7: { src: '/media/7.webp', width: 1600, height: 900, alt: 'Library alt' } };

const editors: Editor[] = [];
afterEach(() => {
  while (editors.length) editors.pop()?.destroy();
});

function editorWith(blocks: Block[]): Editor {
  const contentErrors: unknown[] = [];
  const editor = new Editor({
    extensions: bodyExtensions(),
    content: blocksToDoc(blocks, media),
    enableContentCheck: true,
    onContentError: ({ error }) => contentErrors.push(error),
  });
  editors.push(editor);
  expect(contentErrors).toEqual([]);
  return editor;
}

function bodyOf(editor: Editor): Block[] {
  const blocks = docToBlocks(editor.getJSON() as DocJSON);
  expect(bodySchema.safeParse(blocks).success).toBe(true);
  return blocks;
}

/** Puts the cursor inside the first text node whose text includes `text`, `offset` characters in. */
function cursorIn(editor: Editor, text: string, offset = 0) {
  let at = -1;
  editor.state.doc.descendants((node, pos) => {
    if (at === -1 && node.isText && node.text?.includes(text)) at = pos + node.text.indexOf(text) + offset;
  });
  expect(at).toBeGreaterThan(-1);
  editor.commands.setTextSelection(at);
}

function select(editor: Editor, text: string) {
  cursorIn(editor, text);
  const from = editor.state.selection.from;
  editor.commands.setTextSelection({ from, to: from + text.length });
}

const everything: Block[] = [
  {
    type: 'paragraph',
    content: [
      { text: 'Plain ' },
      { text: 'bold', bold: true },
      { text: ' ' },
      { text: 'italic', italic: true },
      { text: ' ' },
      { text: 'link', bold: true, italic: true, href: 'https://example.org' },
      { text: ' ' },
      { text: 'mail', href: 'mailto:a@example.org' },
      { text: ' ' },
      { text: 'local', href: '/news' },
    ],
  },
  { type: 'heading', level: 2, text: 'Two' },
  { type: 'heading', level: 3, text: 'Three' },
  { type: 'quote', text: 'Said.', attribution: 'Someone' },
  { type: 'list', ordered: false, items: [[{ text: 'a' }], [{ text: 'b', bold: true }]] },
  { type: 'list', ordered: true, items: [[{ text: 'one' }]] },
  { type: 'image', mediaId: 7, alt: 'Override', caption: 'Caption' },
  { type: 'image', mediaId: 7 },
];

describe('desk editor schema', () => {
  it('loads every block type and gives the same body back', () => {
    const editor = editorWith(everything);
    expect(bodyOf(editor)).toEqual(everything);
    const types = editor.getJSON().content?.map((n) => n.type);
    expect(types).toEqual(['paragraph', 'heading', 'heading', 'pullQuote', 'bulletList', 'orderedList', 'mediaImage', 'mediaImage']);
  });

  it('has no node or mark the body cannot store', () => {
    const editor = editorWith([]);
    expect(Object.keys(editor.schema.nodes).sort()).toEqual(
      ['bulletList', 'doc', 'hardBreak', 'heading', 'listItem', 'mediaImage', 'orderedList', 'paragraph', 'pullQuote', 'text'].sort(),
    );
    expect(Object.keys(editor.schema.marks).sort()).toEqual(['bold', 'italic', 'link']);
    expect(editor.schema.nodes.pullQuote?.spec.marks).toBe('');
  });
});

describe('desk editor commands', () => {
  it('turns a paragraph into headings, a quote and back', () => {
    const editor = editorWith([{ type: 'paragraph', content: [{ text: 'Words ' }, { text: 'here', bold: true }] }]);
    cursorIn(editor, 'Words');
    editor.chain().toggleHeading({ level: 2 }).run();
    expect(bodyOf(editor)).toEqual([{ type: 'heading', level: 2, text: 'Words here' }]);
    editor.chain().toggleHeading({ level: 3 }).run();
    expect(bodyOf(editor)).toEqual([{ type: 'heading', level: 3, text: 'Words here' }]);
    editor.chain().toggleNode('pullQuote', 'paragraph').run();
    expect(bodyOf(editor)).toEqual([{ type: 'quote', text: 'Words here' }]);
    // The quote keeps no marks.
    expect(JSON.stringify(editor.getJSON())).not.toContain('bold');
    editor.chain().updateAttributes('pullQuote', { attribution: 'The mayor' }).run();
    expect(bodyOf(editor)).toEqual([{ type: 'quote', text: 'Words here', attribution: 'The mayor' }]);
    editor.chain().clearNodes().run();
    expect(bodyOf(editor)).toEqual([{ type: 'paragraph', content: [{ text: 'Words here' }] }]);
  });

  it('makes lists and takes them apart again', () => {
    const editor = editorWith([{ type: 'paragraph', content: [{ text: 'item' }] }]);
    cursorIn(editor, 'item');
    editor.chain().toggleBulletList().run();
    expect(bodyOf(editor)).toEqual([{ type: 'list', ordered: false, items: [[{ text: 'item' }]] }]);
    editor.chain().toggleOrderedList().run();
    expect(bodyOf(editor)).toEqual([{ type: 'list', ordered: true, items: [[{ text: 'item' }]] }]);
    editor.chain().clearNodes().run();
    expect(bodyOf(editor)).toEqual([{ type: 'paragraph', content: [{ text: 'item' }] }]);
  });

  it('toggles bold and italic on the selection', () => {
    const editor = editorWith([{ type: 'paragraph', content: [{ text: 'one two three' }] }]);
    select(editor, 'two');
    editor.chain().toggleBold().toggleItalic().run();
    expect(bodyOf(editor)).toEqual([
      { type: 'paragraph', content: [{ text: 'one ' }, { text: 'two', bold: true, italic: true }, { text: ' three' }] },
    ]);
  });

  it('links the selection, edits the whole link, removes it, and refuses addresses the body cannot store', () => {
    const editor = editorWith([{ type: 'paragraph', content: [{ text: 'see the report here' }] }]);
    select(editor, 'the report');
    expect(editor.commands.setLink({ href: 'javascript:alert(1)' })).toBe(false);
    applyLink(editor, '/news/report');
    expect(bodyOf(editor)).toEqual([
      { type: 'paragraph', content: [{ text: 'see ' }, { text: 'the report', href: '/news/report' }, { text: ' here' }] },
    ]);
    cursorIn(editor, 'report', 2);
    applyLink(editor, 'https://example.org/report');
    expect(bodyOf(editor)).toEqual([
      { type: 'paragraph', content: [{ text: 'see ' }, { text: 'the report', href: 'https://example.org/report' }, { text: ' here' }] },
    ]);
    cursorIn(editor, 'report', 2);
    removeLink(editor);
    expect(bodyOf(editor)).toEqual([{ type: 'paragraph', content: [{ text: 'see the report here' }] }]);
  });

  it('inserts the address as link text when nothing is selected', () => {
    const editor = editorWith([{ type: 'paragraph', content: [{ text: 'Source: ' }] }]);
    cursorIn(editor, 'Source: ', 8);
    applyLink(editor, 'mailto:desk@example.org');
    expect(bodyOf(editor)).toEqual([
      { type: 'paragraph', content: [{ text: 'Source: ' }, { text: 'mailto:desk@example.org', href: 'mailto:desk@example.org' }] },
    ]);
  });
});

describe('insertImage', () => {
  const uploaded = { id: 7, src: '/media/7.webp', width: 1600, height: 900, alt: 'Library alt' };

  it('replaces the empty paragraph the cursor is in, without storing the library alt as an override', () => {
    const editor = editorWith([{ type: 'paragraph', content: [{ text: 'Before' }] }]);
    editor.chain().setTextSelection(editor.state.doc.content.size - 1).splitBlock().run();
    insertImage(editor, uploaded);
    expect(bodyOf(editor)).toEqual([{ type: 'paragraph', content: [{ text: 'Before' }] }, { type: 'image', mediaId: 7 }]);
    expect(editor.getJSON().content?.[1]?.attrs).toMatchObject({ src: '/media/7.webp', width: 1600, height: 900, alt: 'Library alt' });
  });

  it('goes after the block the cursor is in, never inside a list or a quote', () => {
    const editor = editorWith([
      { type: 'list', ordered: false, items: [[{ text: 'first' }], [{ text: 'second' }]] },
      { type: 'quote', text: 'Quoted' },
      { type: 'paragraph', content: [{ text: 'Tail' }] },
    ]);
    cursorIn(editor, 'first', 2);
    insertImage(editor, { ...uploaded, id: 8 });
    cursorIn(editor, 'Quoted', 3);
    insertImage(editor, { ...uploaded, id: 9 });
    expect(bodyOf(editor)).toEqual([
      { type: 'list', ordered: false, items: [[{ text: 'first' }], [{ text: 'second' }]] },
      { type: 'image', mediaId: 8 },
      { type: 'quote', text: 'Quoted' },
      { type: 'image', mediaId: 9 },
      { type: 'paragraph', content: [{ text: 'Tail' }] },
    ]);
  });

  it('keeps an edited alt text and caption', () => {
    const editor = editorWith([]);
    insertImage(editor, uploaded);
    editor.chain().setNodeSelection(0).updateAttributes('mediaImage', { alt: 'Edited', caption: 'At dusk' }).run();
    expect(bodyOf(editor)).toEqual([{ type: 'image', mediaId: 7, alt: 'Edited', caption: 'At dusk' }]);
  });
});

describe('bodyKey', () => {
  it('ignores key order and undefined keys, but not content', () => {
    const a: Block[] = [{ type: 'paragraph', content: [{ text: 'x', bold: true, href: '/a' }] }, { type: 'image', mediaId: 7, alt: 'A' }];
    const b = [{ content: [{ href: '/a', bold: true, text: 'x', italic: undefined }], type: 'paragraph' }, { alt: 'A', mediaId: 7, type: 'image' }] as Block[];
    expect(bodyKey(a)).toBe(bodyKey(b));
    expect(bodyKey(a)).not.toBe(bodyKey([{ type: 'paragraph', content: [{ text: 'x', bold: true, href: '/b' }] }, { type: 'image', mediaId: 7, alt: 'A' }]));
  });
});
