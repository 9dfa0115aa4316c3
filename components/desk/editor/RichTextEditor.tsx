'use client';

import type { EditorProps } from '@tiptap/pm/view';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Block } from '@/lib/content/blocks';
import { blocksToDoc, docToBlocks, type DocJSON, type MediaPreview } from '@/lib/desk/rich-text';
import { bodyKey } from './bodyKey';
import { bodyExtensions } from './extensions';
import type { UploadedImage } from './insertImage';
import { applyLink, removeLink } from './linkCommands';
import { LinkForm } from './LinkForm';
import { placeholderClass, surfaceClass } from './styles';
import { Toolbar } from './Toolbar';
import { UploadStatusMessage } from './UploadStatusMessage';
import { ACCEPTED_IMAGE_TYPES, imageFiles, useImageUpload } from './useImageUpload';
import { useToolbarState } from './useToolbarState';

export interface RichTextEditorProps {
  /** The id of the editing surface (the contenteditable element). */
  id: string;
  /** The id of the element that names the editor (e.g. a visible "Body" label). */
  labelledBy: string;
  /** The body: read when the editor mounts, and again whenever it differs from what the editor last reported. */
  value: Block[];
  /** Pictures for the image blocks in `value`. */
  media: Record<number, MediaPreview>;
  /** Called with the whole body after every change (debounce in the caller). Always valid for `bodySchema`. */
  onChange: (blocks: Block[]) => void;
  /** Stores a file in the media library; a thrown Error's message is shown to the editor as is. */
  uploadImage: (file: File) => Promise<UploadedImage>;
}

/**
 * The article body editor of the newsroom desk (Tiptap). The document maps one to one onto the
 * stored blocks (lib/desk/rich-text.ts); the editor only offers what a body can hold.
 * Mounts in the browser only (`immediatelyRender: false`): the server renders an empty box.
 */
export function RichTextEditor({ id, labelledBy, value, media, onChange, uploadImage }: RichTextEditorProps) {
  const [extensions] = useState(bodyExtensions);
  const [initialContent] = useState(() => blocksToDoc(value, media));
  const [initialKey] = useState(() => bodyKey(value));
  const lastReported = useRef(initialKey);
  const onChangeRef = useRef(onChange);
  const mediaRef = useRef(media);
  const uploadRef = useRef<(file: File, at?: number) => void>(() => {});
  const openLinkRef = useRef<() => void>(() => {});
  const [linkOpen, setLinkOpen] = useState(false);

  useEffect(() => {
    onChangeRef.current = onChange;
    mediaRef.current = media;
  });

  const editorProps = useMemo<EditorProps>(
    () => ({
      attributes: {
        id,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelledBy,
        class: surfaceClass,
      },
      handleKeyDown: (_view, event) => {
        if ((event.metaKey || event.ctrlKey) && !event.altKey && event.key.toLowerCase() === 'k') {
          event.preventDefault();
          openLinkRef.current();
          return true;
        }
        return false;
      },
      handlePaste: (_view, event) => {
        const files = imageFiles(event.clipboardData);
        if (!files.length) return false;
        event.preventDefault();
        for (const file of files) uploadRef.current(file);
        return true;
      },
      handleDrop: (view, event) => {
        const files = imageFiles(event.dataTransfer);
        if (!files.length) return false;
        event.preventDefault();
        const at = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
        for (const file of files) uploadRef.current(file, at);
        return true;
      },
    }),
    [id, labelledBy],
  );

  const editor = useEditor({
    immediatelyRender: false,
    extensions,
    content: initialContent,
    editorProps,
    onUpdate: ({ editor: e }) => {
      const blocks = docToBlocks(e.getJSON() as DocJSON);
      lastReported.current = bodyKey(blocks);
      onChangeRef.current(blocks);
    },
  });

  // A body replaced from outside (a restored revision, a reset form) is loaded into the editor;
  // the caller echoing back what the editor reported is not (it would move the cursor).
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const incoming = bodyKey(value);
    if (incoming === lastReported.current) return;
    lastReported.current = incoming;
    editor.commands.setContent(blocksToDoc(value, mediaRef.current), { emitUpdate: false });
  }, [editor, value]);

  const state = useToolbarState(editor);
  const { status, upload } = useImageUpload(editor, uploadImage);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    uploadRef.current = (file, at) => void upload(file, at);
    openLinkRef.current = () => setLinkOpen(true);
  }, [upload]);

  const closeLink = () => {
    setLinkOpen(false);
    editor?.commands.focus();
  };

  return (
    <div data-testid="rich-text-editor" className="rounded">
      <Toolbar
        editor={editor}
        state={state}
        controls={id}
        onLink={() => setLinkOpen((open) => !open)}
        onImage={() => fileInput.current?.click()}
        uploading={status.kind === 'busy'}
      />
      {linkOpen && editor ? (
        <LinkForm
          initial={state.link ? state.href : ''}
          onApply={(href) => {
            applyLink(editor, href);
            setLinkOpen(false);
          }}
          onRemove={() => {
            removeLink(editor);
            setLinkOpen(false);
          }}
          onCancel={closeLink}
        />
      ) : null}
      <input
        ref={fileInput}
        type="file"
        accept={ACCEPTED_IMAGE_TYPES.join(',')}
        hidden
        tabIndex={-1}
        aria-label="Image file"
        data-testid="rich-text-image-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void upload(file);
        }}
      />
      <UploadStatusMessage status={status} />
      {editor ? <EditorContent editor={editor} /> : <div className={placeholderClass} aria-hidden="true" />}
    </div>
  );
}
