'use client';

import type { Editor } from '@tiptap/core';
import { PULL_QUOTE } from '@/lib/desk/rich-text';
import { toolbarButtonClass } from './styles';
import { useRovingToolbar } from './useRovingToolbar';
import type { ToolbarState } from './useToolbarState';

interface Props {
  editor: Editor | null;
  state: ToolbarState;
  /** The editing surface's id, for aria-controls. */
  controls: string;
  onLink: () => void;
  onImage: () => void;
  uploading: boolean;
}

interface Item {
  label: string;
  /** Toggles get aria-pressed; plain actions (insert image) do not. */
  pressed?: boolean;
  enabled: boolean;
  run: (editor: Editor) => void;
  className?: string;
  shortcut?: string;
}

/** Each button's accessible name is its visible text, so tests and voice control can use it. */
function items(state: ToolbarState, onLink: () => void, onImage: () => void, uploading: boolean): Item[][] {
  const chain = (editor: Editor) => editor.chain().focus();
  const { ready } = state;
  return [
    [
      { label: 'Paragraph', pressed: state.paragraph, enabled: ready, run: (e) => chain(e).clearNodes().run() },
      { label: 'Heading 2', pressed: state.heading2, enabled: ready, run: (e) => chain(e).toggleHeading({ level: 2 }).run(), shortcut: 'Control+Alt+2 Meta+Alt+2' },
      { label: 'Heading 3', pressed: state.heading3, enabled: ready, run: (e) => chain(e).toggleHeading({ level: 3 }).run(), shortcut: 'Control+Alt+3 Meta+Alt+3' },
      { label: 'Quote', pressed: state.quote, enabled: ready, run: (e) => chain(e).toggleNode(PULL_QUOTE, 'paragraph').run() },
    ],
    [
      { label: 'Bold', pressed: state.bold, enabled: ready && state.canBold, run: (e) => chain(e).toggleBold().run(), className: 'font-bold', shortcut: 'Control+B Meta+B' },
      { label: 'Italic', pressed: state.italic, enabled: ready && state.canItalic, run: (e) => chain(e).toggleItalic().run(), className: 'italic', shortcut: 'Control+I Meta+I' },
      { label: 'Link', pressed: state.link, enabled: ready && (state.canLink || state.link), run: () => onLink(), className: 'underline', shortcut: 'Control+K Meta+K' },
    ],
    [
      { label: 'Bulleted list', pressed: state.bulletList, enabled: ready, run: (e) => chain(e).toggleBulletList().run() },
      { label: 'Numbered list', pressed: state.orderedList, enabled: ready, run: (e) => chain(e).toggleOrderedList().run() },
    ],
    [{ label: 'Insert image', enabled: ready && !uploading, run: () => onImage() }],
  ];
}

/** The formatting toolbar: one tab stop, arrow keys between buttons (ARIA toolbar pattern). */
export function Toolbar({ editor, state, controls, onLink, onImage, uploading }: Props) {
  const groups = items(state, onLink, onImage, uploading);
  const count = groups.reduce((n, g) => n + g.length, 0);
  const { onKeyDown, itemProps } = useRovingToolbar(count);
  let index = 0;
  return (
    <div
      role="toolbar"
      aria-label="Formatting"
      aria-controls={controls}
      onKeyDown={onKeyDown}
      className="sticky top-0 z-10 flex flex-wrap gap-x-1 gap-y-1 rounded-t border border-rule bg-paper-muted px-2 py-1.5"
    >
      {groups.map((group, g) => (
        <div key={g} className={`flex flex-wrap gap-1 ${g > 0 ? 'border-l border-rule pl-1' : ''}`}>
          {group.map((item) => {
            const props = itemProps(index++);
            return (
              <button
                key={item.label}
                type="button"
                {...props}
                aria-pressed={item.pressed}
                aria-disabled={!item.enabled || undefined}
                aria-keyshortcuts={item.shortcut}
                // Keep the editor's selection: a mouse press on a button must not blur it first.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => {
                  if (item.enabled && editor) item.run(editor);
                }}
                className={`${toolbarButtonClass} ${item.className ?? ''}`}
              >
                {item.label}
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}
