'use client';

import Link from 'next/link';
import { useId, useRef, useState, type FormEvent } from 'react';
import { authClient } from '@/lib/auth/client';
import { friendlyAuthError, looksLikeEmail, networkError, type FormError } from './errors';
import { safeNextPath } from './next-path';
import { AccountCard, FormAlert, SubmitButton, TextField, formValue, linkClass, useFocusOnError } from './ui';
import { useSearchParam } from './use-search-param';

export function SignInForm() {
  const errorId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<FormError | null>(null);
  useFocusOnError(formRef, error);

  const next = safeNextPath(useSearchParam('next'));
  const signUpHref = next === '/' ? '/account/sign-up' : `/account/sign-up?next=${encodeURIComponent(next)}`;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = event.currentTarget;
    const email = formValue(form, 'email').trim();
    const password = formValue(form, 'password');
    if (!looksLikeEmail(email)) {
      setError({ message: 'Enter your email address, like name@example.com.', fields: ['email'] });
      return;
    }
    if (!password) {
      setError({ message: 'Enter your password.', fields: ['password'] });
      return;
    }
    setError(null);
    setPending(true);
    try {
      const { error: failure } = await authClient.signIn.email({ email, password });
      if (failure) {
        setError(friendlyAuthError(failure));
        setPending(false);
        return;
      }
      // A full navigation, so pages that were rendered for signed-out readers are read again.
      // Read the address now rather than at render time, in case it changed since.
      window.location.assign(safeNextPath(new URLSearchParams(window.location.search).get('next')));
    } catch {
      setError(networkError());
      setPending(false);
    }
  }

  return (
    <AccountCard title="Sign in">
      <p className="text-ink-muted">Welcome back. Sign in to read members’ articles and join the conversation.</p>
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
        <TextField
          name="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          error={error}
          errorId={errorId}
        />
        <p className="mt-2 text-sm">
          <Link href="/account/forgot-password" className={linkClass}>
            Forgot your password?
          </Link>
        </p>
        <FormAlert id={errorId} error={error} />
        <SubmitButton pending={pending} pendingLabel="Signing in…">
          Sign in
        </SubmitButton>
      </form>
      <p className="mt-6 border-t border-rule pt-5 text-sm text-ink-muted">
        New here?{' '}
        <Link href={signUpHref} className={linkClass}>
          Create a free account
        </Link>
      </p>
    </AccountCard>
  );
}
