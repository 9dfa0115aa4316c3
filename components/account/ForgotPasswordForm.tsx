'use client';

import Link from 'next/link';
import { useId, useRef, useState, type FormEvent } from 'react';
import { authClient } from '@/lib/auth/client';
import { TOO_MANY_ATTEMPTS, checkEmail, networkError, type FormError } from './errors';
import { AccountCard, FormAlert, SubmitButton, TextField, formValue, linkClass, secondaryButtonClass, useFocusOnError } from './ui';

export function ForgotPasswordForm() {
  const errorId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<FormError | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  useFocusOnError(formRef, error);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const email = formValue(event.currentTarget, 'email').trim();
    const problem = checkEmail(email);
    if (problem) {
      setError(problem);
      return;
    }
    setError(null);
    setPending(true);
    try {
      const { error: failure } = await authClient.requestPasswordReset({ email, redirectTo: '/account/reset-password' });
      setPending(false);
      if (failure?.status === 429) {
        setError({ message: TOO_MANY_ATTEMPTS, fields: [] });
        return;
      }
      if (failure && (failure.code === 'INVALID_EMAIL' || failure.code === 'VALIDATION_ERROR')) {
        setError({ message: 'Enter a valid email address, like name@example.com.', fields: ['email'] });
        return;
      }
      // Any other answer looks the same as success: what the server says must not reveal
      // whether an account exists (a mail failure, say, only happens when one does).
      setSentTo(email);
    } catch {
      setError(networkError());
      setPending(false);
    }
  }

  if (sentTo) {
    return (
      <AccountCard title="Check your inbox" focusHeading>
        <p>If an account exists for that address, we’ve sent a link to choose a new password.</p>
        <p className="mt-2 text-sm text-ink-muted">
          You entered <strong className="font-semibold break-all text-ink">{sentTo}</strong>.
        </p>
        <p className="mt-3 text-ink-muted">
          The link works once, for an hour. If nothing arrives in a few minutes, check your spam folder and that the address is
          the one you signed up with.
        </p>
        <p className="mt-6 flex flex-wrap gap-3">
          <button type="button" className={secondaryButtonClass} onClick={() => setSentTo(null)}>
            Try another address
          </button>
        </p>
        <p className="mt-6 border-t border-rule pt-5 text-sm text-ink-muted">
          Remembered it?{' '}
          <Link href="/account/sign-in" className={linkClass}>
            Sign in
          </Link>
        </p>
      </AccountCard>
    );
  }

  return (
    <AccountCard title="Reset your password">
      <p className="text-ink-muted">Enter the email address you signed up with and we’ll send you a link to choose a new password.</p>
      <form ref={formRef} onSubmit={onSubmit} noValidate className="mt-6" aria-busy={pending}>
        <TextField
          name="email"
          label="Email address"
          type="email"
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          autoCapitalize="none"
          required
          error={error}
          errorId={errorId}
        />
        <FormAlert id={errorId} error={error} />
        <SubmitButton pending={pending} pendingLabel="Sending…">
          Send reset link
        </SubmitButton>
      </form>
      <p className="mt-6 border-t border-rule pt-5 text-sm text-ink-muted">
        Remembered it?{' '}
        <Link href="/account/sign-in" className={linkClass}>
          Sign in
        </Link>
      </p>
    </AccountCard>
  );
}
