import type { Editor } from '@tiptap/core';

/**
 * Links the selection to `href` (the caller has checked it with `isAllowedHref`). Inside an
 * existing link the whole link changes; with nothing selected the address itself is inserted as
 * the link text.
 */
export function applyLink(editor: Editor, href: string): boolean {
  if (editor.isActive('link')) {
    return editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
  }
  if (editor.state.selection.empty) {
    return editor
      .chain()
      .focus()
      .insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] })
      .run();
  }
  return editor.chain().focus().setLink({ href }).run();
}

/** Removes the link around the cursor, or from the selection. */
export function removeLink(editor: Editor): boolean {
  return editor.chain().focus().extendMarkRange('link').unsetLink().run();
}
