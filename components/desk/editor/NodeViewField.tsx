'use client';

import { useId, useState, type KeyboardEvent } from 'react';
import { inputClass } from './styles';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Looks required (asterisk, aria-required) without blocking the surrounding form's submit. */
  required?: boolean;
  hint?: string;
  placeholder?: string;
}

/** Enter inside the article form would submit it; in a node view field it does nothing. */
function keepEnter(event: KeyboardEvent<HTMLInputElement>) {
  if (event.key === 'Enter') event.preventDefault();
}

/**
 * A text field inside a node view. It keeps its own draft so that typing never waits for the
 * editor's round trip (no caret jumps), and follows the node when it changes from outside (undo).
 * The node view's `stopEvent` lets inputs handle their own keys, so ProseMirror never sees them.
 */
export function NodeViewField({ label, value, onChange, required, hint, placeholder }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    setDraft(value);
  }
  return (
    <div className="grid gap-1">
      <label htmlFor={id} className="font-sans text-sm font-semibold text-ink">
        {label}
        {required ? (
          <span aria-hidden="true" className="text-accent">
            {' '}
            *
          </span>
        ) : null}
      </label>
      <input
        id={id}
        type="text"
        value={draft}
        placeholder={placeholder}
        aria-required={required || undefined}
        aria-invalid={required && !draft.trim() ? true : undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          setSeen(event.target.value);
          onChange(event.target.value);
        }}
        onKeyDown={keepEnter}
        className={`${inputClass} not-italic font-normal`}
      />
      {hint ? (
        <p id={`${id}-hint`} className="font-sans text-xs text-ink-muted not-italic font-normal">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
