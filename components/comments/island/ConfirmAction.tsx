'use client';

import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { errorMessage } from '@/lib/comments/client-api';
import { actionClass, confirmClass, useIsland } from './context';

/** A short error shown on its own line under a comment's actions. */
export function InlineError({ message }: { message: string | null }) {
  return message ? (
    <span role="alert" className="basis-full px-2 font-sans text-sm text-accent">
      {message}
    </span>
  ) : null;
}

interface ConfirmActionProps<T> {
  /** The first button ("Delete"). */
  label: string;
  /** The question of the confirm step; it names the group. */
  question: string;
  /** The button that does it ("Yes, delete"). */
  confirmLabel: string;
  /** The API call made once the reader confirms. */
  action: () => Promise<T>;
  /** Runs when the API call succeeds. */
  onDone: (result: T) => void;
}

/**
 * A two-step action: a button, then a question with "Yes, …" and "Cancel".
 * Focus moves to "Yes, …" when the question opens and back to the button when it is cancelled;
 * a refused call is reported to the island and shown in the group.
 */
export function ConfirmAction<T>({ label, question, confirmLabel, action, onDone }: ConfirmActionProps<T>) {
  const ctx = useIsland();
  const questionId = useId();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const actionButton = useRef<HTMLButtonElement>(null);
  const yesButton = useRef<HTMLButtonElement>(null);
  const returning = useRef(false);

  useEffect(() => {
    if (confirming) yesButton.current?.focus();
    else if (returning.current) {
      returning.current = false;
      actionButton.current?.focus();
    }
  }, [confirming]);

  const mutation = useMutation({
    mutationFn: action,
    onSuccess: onDone,
    onError: (failure) => {
      ctx.onApiError(failure);
      setError(errorMessage(failure));
    },
  });

  if (!confirming) {
    return (
      <button ref={actionButton} type="button" onClick={() => setConfirming(true)} className={actionClass}>
        {label}
      </button>
    );
  }
  return (
    <span role="group" aria-labelledby={questionId} className="inline-flex flex-wrap items-center gap-x-1 rounded bg-paper-muted px-2 py-0.5">
      <span id={questionId} className="font-sans text-sm">
        {question}
      </span>
      <button
        ref={yesButton}
        type="button"
        aria-disabled={mutation.isPending || undefined}
        onClick={() => {
          if (!mutation.isPending) mutation.mutate();
        }}
        className={confirmClass}
      >
        {confirmLabel}
      </button>
      <button
        type="button"
        onClick={() => {
          returning.current = true;
          setError(null);
          setConfirming(false);
        }}
        className={actionClass}
      >
        Cancel
      </button>
      <InlineError message={error} />
    </span>
  );
}
