'use client';

import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { SESSION_CHANGED_EVENT } from '@/components/layout/AccountLink';
import { authClient } from '@/lib/auth/client';
import { checkDisplayName, checkEmail, checkNewPassword } from './errors';
import { safeNextPath } from './next-path';
import { AccountCard, AuthForm, CardFooterLink, DisplayNameField, EmailField, NewPasswordField, formValue, linkClass, primaryButtonClass } from './ui';
import { useAuthForm } from './use-auth-form';
import { useSearchParam } from './use-search-param';

export function SignUpForm() {
  const form = useAuthForm();
  const { pending, setError } = form;
  const [sentTo, setSentTo] = useState<string | null>(null);

  const next = safeNextPath(useSearchParam('next'));
  const signInHref = next === '/' ? '/account/sign-in' : `/account/sign-in?next=${encodeURIComponent(next)}`;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const fields = event.currentTarget;
    const name = formValue(fields, 'name').trim().replace(/\s+/g, ' ');
    const email = formValue(fields, 'email').trim();
    const password = formValue(fields, 'password');
    const problem = checkDisplayName(name) ?? checkEmail(email) ?? checkNewPassword(password);
    if (problem) {
      setError(problem);
      return;
    }
    // The confirmation link lands on the account page, which shows the address as confirmed.
    await form.send(() => authClient.signUp.email({ name, email, password, callbackURL: '/account' }), {
      onSuccess: () => {
        setSentTo(email);
        // Sign-up signs the reader in: let the masthead show their name.
        window.dispatchEvent(new Event(SESSION_CHANGED_EVENT));
      },
    });
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
      <AuthForm form={form} onSubmit={onSubmit} submitLabel="Create account" pendingLabel="Creating your account…">
        <DisplayNameField hint="Shown with your comments. You can change it later." {...form.fieldProps} />
        <EmailField hint="We’ll send a link to confirm it." {...form.fieldProps} />
        <NewPasswordField label="Password" {...form.fieldProps} />
      </AuthForm>
      <CardFooterLink lead="Already have an account?" href={signInHref}>
        Sign in
      </CardFooterLink>
    </AccountCard>
  );
}
