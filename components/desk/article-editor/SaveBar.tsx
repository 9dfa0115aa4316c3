'use client';

import type { DeskApiError } from '@/lib/desk/client-api';
import { formatDateTime } from '@/lib/format';
import { buttonClass, quietButtonClass } from '../ui';
import type { SaveState } from './use-article-draft';

interface Props {
  state: SaveState;
  error: DeskApiError | null;
  savedAt: string | null;
  locale: string;
  timeZone: string;
  live: boolean;
  onSave: () => void;
  onPreview: () => void;
  onReload: () => void;
}

/** Save state in words, the two main buttons, and what to do when a save was refused. */
export function SaveBar({ state, error, savedAt, locale, timeZone, live, onSave, onPreview, onReload }: Props) {
  const words: Record<SaveState, string> = {
    saved: savedAt ? `Saved ${formatDateTime(savedAt, { locale, timeZone })}` : 'Not saved yet',
    dirty: live ? 'Unsaved changes: readers see them after you save' : 'Unsaved changes',
    saving: 'Saving…',
    error: 'Not saved',
    conflict: 'Not saved: someone else changed this article',
  };
  return (
    <div className="sticky top-0 z-10 -mx-4 border-b border-rule bg-paper/95 px-4 py-3 backdrop-blur">
      <div className="flex flex-wrap items-center gap-3">
        <p role="status" aria-live="polite" className="mr-auto font-sans text-sm font-semibold" data-testid="save-state">
          {words[state]}
        </p>
        <button type="button" onClick={onPreview} className={quietButtonClass}>
          Preview
        </button>
        <button type="button" onClick={onSave} disabled={state === 'saving'} className={buttonClass}>
          {live ? 'Save and update' : 'Save'}
        </button>
      </div>
      {error ? (
        <div role="alert" className="mt-3 rounded border-2 border-accent bg-paper p-3 font-sans text-sm">
          <p className="font-semibold">{error.message}</p>
          {state === 'conflict' ? (
            <button type="button" onClick={onReload} className={`${quietButtonClass} mt-2`}>
              Load the latest version
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
