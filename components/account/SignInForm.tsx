'use client';

import Link from 'next/link';
import type { FormEvent } from 'react';
import { authClient } from '@/lib/auth/client';
import { looksLikeEmail } from './errors';
import { safeNextPath } from './next-path';
import { AccountCard, AuthForm, CardFooterLink, EmailField, TextField, formValue, linkClass } from './ui';
import { useAuthForm } from './use-auth-form';
import { useSearchParam } from './use-search-param';

export function SignInForm() {
  const form = useAuthForm();
  const { pending, setError } = form;

  const next = safeNextPath(useSearchParam('next'));
  const signUpHref = next === '/' ? '/account/sign-up' : `/account/sign-up?next=${encodeURIComponent(next)}`;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const email = formValue(event.currentTarget, 'email').trim();
    const password = formValue(event.currentTarget, 'password');
    if (!looksLikeEmail(email)) {
      setError({ message: 'Enter your email address, like name@example.com.', fields: ['email'] });
      return;
    }
    if (!password) {
      setError({ message: 'Enter your password.', fields: ['password'] });
      return;
    }
    await form.send(() => authClient.signIn.email({ email, password }), {
      // A full navigation, so pages that were rendered for signed-out readers are read again.
      // Read the address now rather than at render time, in case it changed since.
      onSuccess: () => window.location.assign(safeNextPath(new URLSearchParams(window.location.search).get('next'))),
      stayPending: true,
    });
  }

  return (
    <AccountCard title="Sign in">
      <p className="text-ink-muted">Welcome back. Sign in to read members’ articles and join the conversation.</p>
      <AuthForm form={form} onSubmit={onSubmit} submitLabel="Sign in" pendingLabel="Signing in…">
        <EmailField {...form.fieldProps} />
        <TextField name="password" label="Password" type="password" autoComplete="current-password" required {...form.fieldProps} />
        <p className="mt-2 text-sm">
          <Link href="/account/forgot-password" className={linkClass}>
            Forgot your password?
          </Link>
        </p>
      </AuthForm>
      <CardFooterLink lead="New here?" href={signUpHref}>
        Create a free account
      </CardFooterLink>
    </AccountCard>
  );
}
