'use client';

import { useId, useRef, useState } from 'react';
import { friendlyAuthError, networkError, type AuthErrorLike, type FormError } from './errors';
import { useFocusOnError } from './ui';

interface SendOptions {
  /** Runs when the server accepts the request. */
  onSuccess: () => void;
  /**
   * The error to show when the server refuses the request (by default a friendly message for it);
   * null when the form has dealt with the refusal itself.
   */
  onFailure?: (failure: AuthErrorLike) => FormError | null;
  /** Stay pending after success, as the page is about to navigate away. */
  stayPending?: boolean;
}

/**
 * The pending and error state an account form or button shares: the id of its alert region,
 * focus on the first field an error names, and `send`, which runs one Better Auth request.
 */
export function useAuthForm() {
  const errorId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<FormError | null>(null);
  useFocusOnError(formRef, error);

  /** Clears the error, marks the form pending until the answer, and shows what went wrong, if anything. */
  async function send(request: () => Promise<{ error: AuthErrorLike | null }>, { onSuccess, onFailure = friendlyAuthError, stayPending = false }: SendOptions) {
    setError(null);
    setPending(true);
    try {
      const { error: failure } = await request();
      if (!failure) {
        if (!stayPending) setPending(false);
        onSuccess();
        return;
      }
      setPending(false);
      const problem = onFailure(failure);
      if (problem) setError(problem);
    } catch {
      setError(networkError());
      setPending(false);
    }
  }

  /** The props every TextField of the form takes, to point at the form's error. */
  const fieldProps = { error, errorId };

  return { errorId, formRef, pending, error, setError, send, fieldProps };
}

export type AuthFormState = ReturnType<typeof useAuthForm>;
