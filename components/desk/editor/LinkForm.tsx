'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { isAllowedHref } from '@/lib/desk/rich-text';
import { buttonClass, inputClass } from './styles';

interface Props {
  /** The href being edited, or '' for a new link. */
  initial: string;
  onApply: (href: string) => void;
  onRemove: () => void;
  onCancel: () => void;
}

export const LINK_RULE_MESSAGE = 'A link must start with /, http://, https:// or mailto:';

/**
 * Asks for a link's address. Not a <form>: the editor usually sits inside the article form,
 * and forms cannot nest. Enter applies, Escape cancels.
 */
export function LinkForm({ initial, onApply, onRemove, onCancel }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [href, setHref] = useState(initial);
  const [error, setError] = useState('');

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const apply = () => {
    const value = href.trim();
    if (!isAllowedHref(value)) {
      setError(LINK_RULE_MESSAGE);
      input.current?.focus();
      return;
    }
    onApply(value);
  };

  return (
    <div role="group" aria-label="Link" className="flex flex-wrap items-end gap-2 border-x border-b border-rule bg-paper-muted px-3 py-2 font-sans text-sm">
      <div className="grid min-w-64 flex-1 gap-1">
        <label htmlFor={id} className="font-semibold">
          Link URL
        </label>
        <input
          ref={input}
          id={id}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="https://… or /section/story"
          value={href}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-error`}
          onChange={(event) => {
            setHref(event.target.value);
            setError('');
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              apply();
            } else if (event.key === 'Escape') {
              event.preventDefault();
              onCancel();
            }
          }}
          className={inputClass}
        />
      </div>
      <button type="button" onClick={apply} className={buttonClass}>
        Apply link
      </button>
      {initial ? (
        <button type="button" onClick={onRemove} className={buttonClass}>
          Remove link
        </button>
      ) : null}
      <button type="button" onClick={onCancel} className={buttonClass}>
        Cancel
      </button>
      <p id={`${id}-error`} aria-live="polite" className="basis-full text-accent">
        {error}
      </p>
    </div>
  );
}
