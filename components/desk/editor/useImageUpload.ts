'use client';

import type { Editor } from '@tiptap/core';
import { useCallback, useState } from 'react';
import { insertImage, type UploadedImage } from './insertImage';

export const ACCEPTED_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'] as const;

export type UploadStatus =
  | { kind: 'idle' }
  | { kind: 'busy'; fileName: string }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string };

/** Uploads through the caller's `uploadImage` and inserts the result; failures keep the thrown message. */
export function useImageUpload(editor: Editor | null, uploadImage: (file: File) => Promise<UploadedImage>) {
  const [status, setStatus] = useState<UploadStatus>({ kind: 'idle' });
  const upload = useCallback(
    async (file: File, at?: number) => {
      setStatus({ kind: 'busy', fileName: file.name });
      try {
        const image = await uploadImage(file);
        if (!editor || editor.isDestroyed) return;
        insertImage(editor, image, at);
        setStatus({ kind: 'done', message: `Image “${file.name}” inserted.` });
      } catch (error) {
        setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    },
    [editor, uploadImage],
  );
  return { status, upload };
}

/** Image files among pasted or dropped data (other files are left to the browser). */
export function imageFiles(data: DataTransfer | null): File[] {
  return Array.from(data?.files ?? []).filter((file) => (ACCEPTED_IMAGE_TYPES as readonly string[]).includes(file.type));
}
