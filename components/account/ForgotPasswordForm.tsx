'use client';

import { useState, type FormEvent } from 'react';
import { authClient } from '@/lib/auth/client';
import { TOO_MANY_ATTEMPTS, checkEmail } from './errors';
import { AccountCard, AuthForm, CardFooterLink, EmailField, formValue, secondaryButtonClass } from './ui';
import { useAuthForm } from './use-auth-form';

export function ForgotPasswordForm() {
  const form = useAuthForm();
  const { pending, setError } = form;
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const email = formValue(event.currentTarget, 'email').trim();
    const problem = checkEmail(email);
    if (problem) {
      setError(problem);
      return;
    }
    await form.send(() => authClient.requestPasswordReset({ email, redirectTo: '/account/reset-password' }), {
      onSuccess: () => setSentTo(email),
      onFailure: (failure) => {
        if (failure.status === 429) return { message: TOO_MANY_ATTEMPTS, fields: [] };
        if (failure.code === 'INVALID_EMAIL' || failure.code === 'VALIDATION_ERROR') {
          return { message: 'Enter a valid email address, like name@example.com.', fields: ['email'] };
        }
        // Any other answer looks the same as success: what the server says must not reveal
        // whether an account exists (a mail failure, say, only happens when one does).
        setSentTo(email);
        return null;
      },
    });
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
        <CardFooterLink lead="Remembered it?" href="/account/sign-in">
          Sign in
        </CardFooterLink>
      </AccountCard>
    );
  }

  return (
    <AccountCard title="Reset your password">
      <p className="text-ink-muted">Enter the email address you signed up with and we’ll send you a link to choose a new password.</p>
      <AuthForm form={form} onSubmit={onSubmit} submitLabel="Send reset link" pendingLabel="Sending…">
        <EmailField {...form.fieldProps} />
      </AuthForm>
      <CardFooterLink lead="Remembered it?" href="/account/sign-in">
        Sign in
      </CardFooterLink>
    </AccountCard>
  );
}
