'use client';

import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { authClient } from '@/lib/auth/client';
import { SESSION_CHANGED_EVENT } from '@/components/layout/AccountLink';
import { checkDisplayName } from './errors';
import { AccountCard, AuthForm, DisplayNameField, FormAlert, FormStatus, formValue, linkClass, primaryButtonClass, secondaryButtonClass } from './ui';
import { useAuthForm } from './use-auth-form';
import { useSearchParam } from './use-search-param';

interface Reader {
  name: string;
  email: string;
  emailVerified: boolean;
}

const sectionHeading = 'font-sans text-base font-bold';

/** Confirmation state, with a way to send the link again. */
function EmailStatus({ reader }: { reader: Reader }) {
  // The confirmation link comes back here with ?error=… when it was expired or already used.
  const linkError = useSearchParam('error');
  const { pending, error, errorId, send } = useAuthForm();
  const [sent, setSent] = useState<string | null>(null);

  if (reader.emailVerified) {
    return (
      <p className="mt-1">
        <span className="font-semibold">Confirmed.</span> <span className="text-ink-muted">You can join the conversation.</span>
      </p>
    );
  }

  async function resend() {
    if (pending) return;
    setSent(null);
    await send(() => authClient.sendVerificationEmail({ email: reader.email, callbackURL: '/account' }), {
      onSuccess: () => setSent(`We’ve sent a new confirmation link to ${reader.email}. It works for an hour.`),
    });
  }

  return (
    <>
      <p className="mt-1">
        <span className="font-semibold">Not confirmed yet.</span>{' '}
        <span className="text-ink-muted">Open the link we emailed you to confirm your address; you need to before you can comment.</span>
      </p>
      {linkError ? (
        <p className="mt-3 rounded border-l-4 border-accent bg-paper-muted px-3 py-2 text-sm">
          That confirmation link has expired or has already been used. Send yourself a new one below.
        </p>
      ) : null}
      <button
        type="button"
        onClick={resend}
        disabled={pending}
        aria-describedby={error ? errorId : undefined}
        className={`mt-3 ${secondaryButtonClass}`}
      >
        {pending ? 'Sending…' : 'Resend confirmation email'}
      </button>
      <FormAlert id={errorId} error={error} />
      <FormStatus message={sent} />
    </>
  );
}

function DisplayNameForm({ reader }: { reader: Reader }) {
  const form = useAuthForm();
  const { pending, setError } = form;
  const [saved, setSaved] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const name = formValue(event.currentTarget, 'name').trim().replace(/\s+/g, ' ');
    const problem = checkDisplayName(name);
    setSaved(null);
    if (problem) {
      setError(problem);
      return;
    }
    if (name === reader.name) {
      setError(null);
      setSaved('That’s already your display name.');
      return;
    }
    await form.send(() => authClient.updateUser({ name }), {
      onSuccess: () => {
        setSaved('Your display name has been updated.');
        window.dispatchEvent(new Event(SESSION_CHANGED_EVENT));
      },
    });
  }

  return (
    <AuthForm
      form={form}
      onSubmit={onSubmit}
      className="mt-3"
      status={<FormStatus message={saved} />}
      submitLabel="Save display name"
      pendingLabel="Saving…"
    >
      <DisplayNameField hint="Shown with your comments." defaultValue={reader.name} {...form.fieldProps} />
    </AuthForm>
  );
}

function SignOut() {
  const { pending, error, errorId, send } = useAuthForm();

  async function signOut() {
    if (pending) return;
    await send(() => authClient.signOut(), {
      // A full navigation on purpose: cached pages and client state must not keep the signed-in view.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      onSuccess: () => window.location.assign('/'),
      stayPending: true,
    });
  }

  return (
    <>
      <button
        type="button"
        onClick={signOut}
        disabled={pending}
        aria-describedby={error ? errorId : undefined}
        className={`w-full ${secondaryButtonClass}`}
      >
        {pending ? 'Signing out…' : 'Sign out'}
      </button>
      <FormAlert id={errorId} error={error} />
    </>
  );
}

export function AccountView() {
  const { data, isPending, error, refetch } = authClient.useSession();

  if (isPending) {
    return (
      <AccountCard title="Your account" kicker="Members">
        <p role="status" className="text-ink-muted">
          Loading your account…
        </p>
      </AccountCard>
    );
  }

  if (!data) {
    if (error && error.status !== 401) {
      return (
        <AccountCard title="Your account" kicker="Members">
          <p role="alert">We couldn’t load your account just now.</p>
          <p className="mt-6">
            <button type="button" onClick={() => void refetch()} className={secondaryButtonClass}>
              Try again
            </button>
          </p>
        </AccountCard>
      );
    }
    return (
      <AccountCard title="Your account" kicker="Members">
        <p>You’re not signed in. Sign in to manage your account, or create one: it’s free.</p>
        <div className="mt-6 flex flex-col gap-3">
          <Link href="/account/sign-in?next=%2Faccount" className={primaryButtonClass}>
            Sign in
          </Link>
          <Link href="/account/sign-up" className={`w-full ${secondaryButtonClass}`}>
            Create an account
          </Link>
        </div>
      </AccountCard>
    );
  }

  const reader: Reader = { name: data.user.name, email: data.user.email, emailVerified: data.user.emailVerified };

  return (
    <AccountCard title="Your account" kicker="Members">
      <dl className="space-y-4">
        <div>
          <dt className={sectionHeading}>Display name</dt>
          <dd className="mt-1 break-words">{reader.name}</dd>
        </div>
        <div>
          <dt className={sectionHeading}>Email address</dt>
          <dd className="mt-1 break-all">{reader.email}</dd>
        </div>
      </dl>

      <section aria-labelledby="account-email-status" className="mt-6 border-t border-rule pt-5">
        <h2 id="account-email-status" className={sectionHeading}>
          Email confirmation
        </h2>
        <EmailStatus reader={reader} />
      </section>

      <section aria-labelledby="account-name" className="mt-6 border-t border-rule pt-5">
        <h2 id="account-name" className={sectionHeading}>
          Change your display name
        </h2>
        <DisplayNameForm reader={reader} />
      </section>

      <section aria-labelledby="account-password" className="mt-6 border-t border-rule pt-5">
        <h2 id="account-password" className={sectionHeading}>
          Password
        </h2>
        <p className="mt-1 text-ink-muted">
          To change it,{' '}
          <Link href="/account/forgot-password" className={linkClass}>
            send yourself a reset link
          </Link>
          .
        </p>
      </section>

      <div className="mt-6 border-t border-rule pt-5">
        <SignOut />
      </div>
    </AccountCard>
  );
}
