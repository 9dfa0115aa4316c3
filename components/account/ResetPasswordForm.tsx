'use client';

import Link from 'next/link';
import { useId, useRef, useState, type FormEvent } from 'react';
import { authClient } from '@/lib/auth/client';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, checkNewPassword, friendlyAuthError, networkError, type FormError } from './errors';
import { AccountCard, FormAlert, SubmitButton, TextField, formValue, linkClass, primaryButtonClass, useFocusOnError } from './ui';
import { useSearchParam } from './use-search-param';

function InvalidLink({ focusHeading = false }: { focusHeading?: boolean }) {
  return (
    <AccountCard title="This link no longer works" focusHeading={focusHeading}>
      <p>
        This password reset link has expired, has already been used or is incomplete. Each link works once, for an hour after
        we send it.
      </p>
      <p className="mt-6">
        <Link href="/account/forgot-password" className={primaryButtonClass}>
          Send me a new link
        </Link>
      </p>
    </AccountCard>
  );
}

export function ResetPasswordForm() {
  // Better Auth sends readers here with ?token=… for a good link, or ?error=INVALID_TOKEN for a bad one.
  const token = useSearchParam('token');
  const linkError = useSearchParam('error');
  const errorId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<FormError | null>(null);
  const [outcome, setOutcome] = useState<'form' | 'done' | 'expired'>('form');
  useFocusOnError(formRef, error);

  if (outcome === 'done') {
    return (
      <AccountCard title="Your password has been changed" focusHeading>
        <p>You can now sign in with your new password. For your security, we’ve signed you out on every device.</p>
        <p className="mt-6">
          <Link href="/account/sign-in" className={primaryButtonClass}>
            Sign in
          </Link>
        </p>
      </AccountCard>
    );
  }
  if (outcome === 'expired') return <InvalidLink focusHeading />;

  // Until the browser has read the address (server render and hydration), the link is unchecked.
  if (token === undefined) {
    return (
      <AccountCard title="Choose a new password">
        <p className="text-ink-muted">Checking your link…</p>
      </AccountCard>
    );
  }
  if (linkError || !token) return <InvalidLink />;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending || !token) return;
    const form = event.currentTarget;
    const password = formValue(form, 'password');
    const confirm = formValue(form, 'confirm');
    const problem =
      checkNewPassword(password) ??
      (password !== confirm ? { message: 'The two passwords don’t match. Type the same password twice.', fields: ['confirm' as const] } : null);
    if (problem) {
      setError(problem);
      return;
    }
    setError(null);
    setPending(true);
    try {
      const { error: failure } = await authClient.resetPassword({ newPassword: password, token });
      setPending(false);
      if (failure) {
        if (failure.code === 'INVALID_TOKEN' || failure.code === 'TOKEN_EXPIRED' || failure.code === 'USER_NOT_FOUND') {
          setOutcome('expired');
          return;
        }
        setError(friendlyAuthError(failure));
        return;
      }
      setOutcome('done');
    } catch {
      setError(networkError());
      setPending(false);
    }
  }

  return (
    <AccountCard title="Choose a new password">
      <p className="text-ink-muted">Pick a password you don’t use on other sites.</p>
      <form ref={formRef} onSubmit={onSubmit} noValidate className="mt-6" aria-busy={pending}>
        <TextField
          name="password"
          label="New password"
          hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
          type="password"
          autoComplete="new-password"
          minLength={MIN_PASSWORD_LENGTH}
          maxLength={MAX_PASSWORD_LENGTH}
          required
          error={error}
          errorId={errorId}
        />
        <TextField
          name="confirm"
          label="Confirm new password"
          type="password"
          autoComplete="new-password"
          maxLength={MAX_PASSWORD_LENGTH}
          required
          error={error}
          errorId={errorId}
        />
        <FormAlert id={errorId} error={error} />
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Save new password
        </SubmitButton>
      </form>
      <p className="mt-6 border-t border-rule pt-5 text-sm text-ink-muted">
        Link not working?{' '}
        <Link href="/account/forgot-password" className={linkClass}>
          Ask for a new one
        </Link>
      </p>
    </AccountCard>
  );
}
