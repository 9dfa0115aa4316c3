'use client';

import Link from 'next/link';
import { useId, useRef, useState, type FormEvent } from 'react';
import { SESSION_CHANGED_EVENT } from '@/components/layout/AccountLink';
import { authClient } from '@/lib/auth/client';
import {
  MAX_NAME_LENGTH,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  checkDisplayName,
  checkEmail,
  checkNewPassword,
  friendlyAuthError,
  networkError,
  type FormError,
} from './errors';
import { safeNextPath } from './next-path';
import { AccountCard, FormAlert, SubmitButton, TextField, formValue, linkClass, primaryButtonClass, useFocusOnError } from './ui';
import { useSearchParam } from './use-search-param';

export function SignUpForm() {
  const errorId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<FormError | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  useFocusOnError(formRef, error);

  const next = safeNextPath(useSearchParam('next'));
  const signInHref = next === '/' ? '/account/sign-in' : `/account/sign-in?next=${encodeURIComponent(next)}`;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = event.currentTarget;
    const name = formValue(form, 'name').trim().replace(/\s+/g, ' ');
    const email = formValue(form, 'email').trim();
    const password = formValue(form, 'password');
    const problem = checkDisplayName(name) ?? checkEmail(email) ?? checkNewPassword(password);
    if (problem) {
      setError(problem);
      return;
    }
    setError(null);
    setPending(true);
    try {
      // The confirmation link lands on the account page, which shows the address as confirmed.
      const { error: failure } = await authClient.signUp.email({ name, email, password, callbackURL: '/account' });
      setPending(false);
      if (failure) {
        setError(friendlyAuthError(failure));
        return;
      }
      setSentTo(email);
      // Sign-up signs the reader in: let the masthead show their name.
      window.dispatchEvent(new Event(SESSION_CHANGED_EVENT));
    } catch {
      setError(networkError());
      setPending(false);
    }
  }

  if (sentTo) {
    return (
      <AccountCard title="Check your inbox" focusHeading>
        <p>
          We’ve sent a confirmation link to <strong className="font-semibold break-all">{sentTo}</strong>. Open it to confirm your
          email address: you need to do that before you can comment.
        </p>
        <p className="mt-3 text-ink-muted">
          You’re already signed in, so you can read members’ articles straight away. The link works for an hour; if it doesn’t
          arrive, check your spam folder or send a new one from your account page.
        </p>
        <p className="mt-6">
          {/* A full navigation, so pages rendered for signed-out readers are read again. */}
          <a href={next} className={primaryButtonClass}>
            {next === '/' ? 'Go to the front page' : 'Continue reading'}
          </a>
        </p>
        <p className="mt-4 text-sm">
          <Link href="/account" className={linkClass}>
            Go to your account
          </Link>
        </p>
      </AccountCard>
    );
  }

  return (
    <AccountCard title="Create your account">
      <p className="text-ink-muted">It’s free. Read members’ articles and join the conversation under our stories.</p>
      <form ref={formRef} onSubmit={onSubmit} noValidate className="mt-6" aria-busy={pending}>
        <TextField
          name="name"
          label="Display name"
          hint="Shown with your comments. You can change it later."
          autoComplete="name"
          maxLength={MAX_NAME_LENGTH}
          required
          error={error}
          errorId={errorId}
        />
        <TextField
          name="email"
          label="Email address"
          hint="We’ll send a link to confirm it."
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
          hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
          type="password"
          autoComplete="new-password"
          minLength={MIN_PASSWORD_LENGTH}
          maxLength={MAX_PASSWORD_LENGTH}
          required
          error={error}
          errorId={errorId}
        />
        <FormAlert id={errorId} error={error} />
        <SubmitButton pending={pending} pendingLabel="Creating your account…">
          Create account
        </SubmitButton>
      </form>
      <p className="mt-6 border-t border-rule pt-5 text-sm text-ink-muted">
        Already have an account?{' '}
        <Link href={signInHref} className={linkClass}>
          Sign in
        </Link>
      </p>
    </AccountCard>
  );
}
