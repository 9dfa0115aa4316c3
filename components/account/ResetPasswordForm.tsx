'use client';

import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { authClient } from '@/lib/auth/client';
import { MAX_PASSWORD_LENGTH, checkNewPassword, friendlyAuthError } from './errors';
import { AccountCard, AuthForm, CardFooterLink, NewPasswordField, TextField, formValue, primaryButtonClass } from './ui';
import { useAuthForm } from './use-auth-form';
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
  const form = useAuthForm();
  const { pending, setError } = form;
  const [outcome, setOutcome] = useState<'form' | 'done' | 'expired'>('form');

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
    const password = formValue(event.currentTarget, 'password');
    const confirm = formValue(event.currentTarget, 'confirm');
    const problem =
      checkNewPassword(password) ??
      (password !== confirm ? { message: 'The two passwords don’t match. Type the same password twice.', fields: ['confirm' as const] } : null);
    if (problem) {
      setError(problem);
      return;
    }
    await form.send(() => authClient.resetPassword({ newPassword: password, token }), {
      onSuccess: () => setOutcome('done'),
      onFailure: (failure) => {
        if (failure.code === 'INVALID_TOKEN' || failure.code === 'TOKEN_EXPIRED' || failure.code === 'USER_NOT_FOUND') {
          setOutcome('expired');
          return null;
        }
        return friendlyAuthError(failure);
      },
    });
  }

  return (
    <AccountCard title="Choose a new password">
      <p className="text-ink-muted">Pick a password you don’t use on other sites.</p>
      <AuthForm form={form} onSubmit={onSubmit} submitLabel="Save new password" pendingLabel="Saving…">
        <NewPasswordField label="New password" {...form.fieldProps} />
        <TextField
          name="confirm"
          label="Confirm new password"
          type="password"
          autoComplete="new-password"
          maxLength={MAX_PASSWORD_LENGTH}
          required
          {...form.fieldProps}
        />
      </AuthForm>
      <CardFooterLink lead="Link not working?" href="/account/forgot-password">
        Ask for a new one
      </CardFooterLink>
    </AccountCard>
  );
}
