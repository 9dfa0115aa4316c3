'use client';

import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { errorMessage, newIdempotencyKey } from '@/lib/comments/client-api';
import { errorClass, primaryClass, secondaryClass } from './context';

interface Props {
  /** The textarea's label ("Your comment", "Your reply", "Edit comment"). */
  label: string;
  /** Shows the label to sighted readers too (the top-level composer); otherwise it is screen-reader only. */
  showLabel?: boolean;
  submitLabel: string;
  /** Shown while the request runs ("Posting…", "Saving…"). */
  pendingText?: string;
  maxLength: number;
  initialText?: string;
  hint?: string;
  rows?: number;
  autoFocus?: boolean;
  /**
   * Sends the text. The key is this draft's Idempotency-Key: the same on every retry, new after a
   * success. May resolve to a sentence to announce. Throws to keep the text and show the error.
   */
  onSubmit: (body: string, idempotencyKey: string) => Promise<string | void>;
  onCancel?: () => void;
  /** Keep the (emptied) form and put focus back in it after a success. */
  stayAfterSuccess?: boolean;
}

/** A labelled textarea with a live character count, an inline error and submit/cancel buttons. */
export function Composer({
  label,
  showLabel = false,
  submitLabel,
  pendingText = 'Posting…',
  maxLength,
  initialText = '',
  hint,
  rows = 3,
  autoFocus = false,
  onSubmit,
  onCancel,
  stayAfterSuccess = false,
}: Props) {
  const id = useId();
  const [text, setText] = useState(initialText);
  const [key, setKey] = useState(newIdempotencyKey);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);

  const left = maxLength - [...text].length;
  const empty = text.trim() === '';
  const over = left < 0;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending || empty || over) return;
    setPending(true);
    setError(null);
    setStatus(null);
    try {
      const message = await onSubmit(text, key);
      if (stayAfterSuccess) {
        setText('');
        setKey(newIdempotencyKey());
        setStatus(message || null);
        textarea.current?.focus();
      }
    } catch (failure) {
      setError(errorMessage(failure));
      textarea.current?.focus();
    } finally {
      setPending(false);
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && onCancel && !pending) {
      event.preventDefault();
      onCancel();
    }
  }

  const counterId = `${id}-count`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, counterId, error ? errorId : null].filter(Boolean).join(' ');

  return (
    <form onSubmit={submit} onKeyDown={onKeyDown} className="mt-2 font-sans" noValidate>
      <label htmlFor={`${id}-text`} className={showLabel ? 'block text-sm font-semibold' : 'sr-only'}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="mt-0.5 text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      <textarea
        id={`${id}-text`}
        ref={textarea}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          if (status) setStatus(null);
        }}
        rows={rows}
        autoFocus={autoFocus}
        aria-describedby={describedBy}
        aria-invalid={over || Boolean(error) || undefined}
        className="mt-1.5 block w-full resize-y rounded border border-ink-muted bg-paper px-3 py-2 text-base leading-relaxed text-ink aria-invalid:border-accent"
      />
      <div className="mt-2 flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <p id={counterId} aria-live="polite" className={`text-sm ${left < 100 ? 'font-semibold text-accent' : 'text-ink-muted'}`}>
          {over ? `${-left} ${left === -1 ? 'character' : 'characters'} too many` : `${left} ${left === 1 ? 'character' : 'characters'} left`}
        </p>
        <div className="flex flex-wrap items-center gap-2">
          {pending ? (
            <span role="status" className="text-sm text-ink-muted">
              {pendingText}
            </span>
          ) : null}
          {onCancel ? (
            <button type="button" onClick={onCancel} className={secondaryClass}>
              Cancel
            </button>
          ) : null}
          <button type="submit" disabled={empty || over} aria-disabled={pending || undefined} className={primaryClass}>
            {submitLabel}
          </button>
        </div>
      </div>
      <div role="alert">
        {error ? (
          <p id={errorId} className={errorClass}>
            {error}
          </p>
        ) : null}
      </div>
      {stayAfterSuccess ? (
        <div role="status" className="sr-only">
          {status}
        </div>
      ) : null}
    </form>
  );
}
