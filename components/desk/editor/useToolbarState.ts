'use client';

import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { PULL_QUOTE } from '@/lib/desk/rich-text';

export interface ToolbarState {
  ready: boolean;
  paragraph: boolean;
  heading2: boolean;
  heading3: boolean;
  quote: boolean;
  bold: boolean;
  italic: boolean;
  link: boolean;
  bulletList: boolean;
  orderedList: boolean;
  canBold: boolean;
  canItalic: boolean;
  canLink: boolean;
  href: string;
}

const NOT_READY: ToolbarState = {
  ready: false,
  paragraph: false,
  heading2: false,
  heading3: false,
  quote: false,
  bold: false,
  italic: false,
  link: false,
  bulletList: false,
  orderedList: false,
  canBold: false,
  canItalic: false,
  canLink: false,
  href: '',
};

/** What the toolbar shows pressed or unavailable, re-read on every transaction. */
export function useToolbarState(editor: Editor | null): ToolbarState {
  return (
    useEditorState({
      editor,
      // Reads `editor` itself, not the snapshot's: the snapshot keeps `null` after the editor is
      // created until the first transaction, which would leave the toolbar disabled.
      selector: (): ToolbarState => {
        const e = editor;
        if (!e || e.isDestroyed) return NOT_READY;
        const inList = e.isActive('bulletList') || e.isActive('orderedList');
        const href = e.getAttributes('link').href;
        return {
          // Not `isEditable`: that stays false until the view mounts, and no transaction follows.
          ready: true,
          paragraph: e.isActive('paragraph') && !inList,
          heading2: e.isActive('heading', { level: 2 }),
          heading3: e.isActive('heading', { level: 3 }),
          quote: e.isActive(PULL_QUOTE),
          bold: e.isActive('bold'),
          italic: e.isActive('italic'),
          link: e.isActive('link'),
          bulletList: e.isActive('bulletList'),
          orderedList: e.isActive('orderedList'),
          canBold: e.can().toggleBold(),
          canItalic: e.can().toggleItalic(),
          canLink: e.can().setLink({ href: '/' }),
          href: typeof href === 'string' ? href : '',
        };
      },
    }) ?? NOT_READY
  );
}
