'use client';

import Link from 'next/link';
import { useEffect, useId, useRef, useState, type FormEvent, type InputHTMLAttributes, type ReactNode, type RefObject } from 'react';
import { MAX_NAME_LENGTH, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, type AuthField, type FormError } from './errors';
import type { AuthFormState } from './use-auth-form';

/** Inline links inside the account cards. */
export const linkClass = 'font-semibold text-accent underline hover:no-underline';

/** The brand-coloured primary action (a button or a link styled as one). */
export const primaryButtonClass =
  'inline-flex min-h-11 w-full items-center justify-center rounded bg-brand px-5 py-2.5 font-sans font-semibold text-brand-ink no-underline ring-1 ring-brand-ink/20 ring-inset hover:underline disabled:cursor-wait disabled:opacity-70 disabled:hover:no-underline';

/** A quieter action: outlined, on the paper colour. */
export const secondaryButtonClass =
  'inline-flex min-h-11 items-center justify-center rounded border border-ink-muted bg-paper px-5 py-2.5 font-sans font-semibold text-ink no-underline hover:underline disabled:cursor-wait disabled:opacity-70 disabled:hover:no-underline';

interface CardProps {
  title: string;
  /** Small line above the headline. */
  kicker?: string;
  /** Moves focus to the headline when the card appears (after a state change), so screen readers read it. */
  focusHeading?: boolean;
  children: ReactNode;
}

/** The centred card every account page sits in; it holds the page's only h1. */
export function AccountCard({ title, kicker = 'Your account', focusHeading = false, children }: CardProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) headingRef.current?.focus();
  }, [focusHeading]);
  return (
    <div className="mx-auto max-w-md px-4 py-10 sm:py-16">
      <div className="rounded-lg border border-rule bg-paper px-5 py-7 shadow-sm sm:px-8 sm:py-9">
        <p className="font-sans text-xs font-semibold tracking-wide text-accent uppercase">{kicker}</p>
        <h1 ref={headingRef} tabIndex={-1} className="mt-1 font-serif text-3xl font-bold tracking-tight outline-none">
          {title}
        </h1>
        <div className="mt-4 font-sans text-base leading-relaxed">{children}</div>
      </div>
    </div>
  );
}

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'name'> {
  name: AuthField;
  label: string;
  /** Shown under the label, and read with the input (e.g. password rules). */
  hint?: string;
  /** The form's error, if any; the field is marked invalid when the error names it. */
  error: FormError | null;
  /** id of the form's alert region, which holds the error message. */
  errorId: string;
}

/** A labelled input wired to the form's error region (aria-invalid, aria-describedby). */
export function TextField({ name, label, hint, error, errorId, type = 'text', ...rest }: FieldProps) {
  const id = `${useId()}-${name}`;
  const hintId = `${id}-hint`;
  const [revealed, setRevealed] = useState(false);
  const invalid = error?.fields.includes(name) ?? false;
  const describedBy = [hint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(' ') || undefined;
  const isPassword = type === 'password';
  return (
    <div className="mt-5 first:mt-0">
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="mt-0.5 text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      <div className="relative mt-1.5">
        <input
          id={id}
          name={name}
          type={isPassword && revealed ? 'text' : type}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          className={`block w-full rounded border border-ink-muted bg-paper py-2.5 pl-3 font-sans text-base text-ink aria-invalid:border-accent aria-invalid:ring-1 aria-invalid:ring-accent ${isPassword ? 'pr-16' : 'pr-3'}`}
          {...rest}
        />
        {isPassword ? (
          <button
            type="button"
            aria-controls={id}
            onClick={() => setRevealed((r) => !r)}
            className="absolute inset-y-1 right-1 min-w-12 rounded px-2 text-sm font-semibold text-ink-muted underline hover:text-ink"
          >
            {revealed ? 'Hide' : 'Show'}
            <span className="sr-only"> {label.toLowerCase()}</span>
          </button>
        ) : null}
      </div>
    </div>
  );
}

/** What ties a field to its form's error (see useAuthForm's fieldProps). */
type FieldWiring = Pick<FieldProps, 'error' | 'errorId'>;

/** The email address input: the email keyboard, no spell check or capitals. */
export function EmailField({ hint, ...wiring }: FieldWiring & { hint?: string }) {
  return (
    <TextField
      name="email"
      label="Email address"
      hint={hint}
      type="email"
      autoComplete="email"
      inputMode="email"
      spellCheck={false}
      autoCapitalize="none"
      required
      {...wiring}
    />
  );
}

/** A new password input, with its length rules. */
export function NewPasswordField({ label, ...wiring }: FieldWiring & { label: string }) {
  return (
    <TextField
      name="password"
      label={label}
      hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
      type="password"
      autoComplete="new-password"
      minLength={MIN_PASSWORD_LENGTH}
      maxLength={MAX_PASSWORD_LENGTH}
      required
      {...wiring}
    />
  );
}

/** The display name input (sign-up and the account page). */
export function DisplayNameField({ hint, defaultValue, ...wiring }: FieldWiring & { hint: string; defaultValue?: string }) {
  return (
    <TextField
      name="name"
      label="Display name"
      hint={hint}
      autoComplete="name"
      defaultValue={defaultValue}
      maxLength={MAX_NAME_LENGTH}
      required
      {...wiring}
    />
  );
}

interface AuthFormProps {
  /** The form's state, from useAuthForm. */
  form: AuthFormState;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  submitLabel: string;
  pendingLabel: string;
  className?: string;
  /** Shown between the error region and the submit button (e.g. a FormStatus). */
  status?: ReactNode;
  children: ReactNode;
}

/** An account form: its fields, then the error region and the submit button. */
export function AuthForm({ form, onSubmit, submitLabel, pendingLabel, className = 'mt-6', status, children }: AuthFormProps) {
  const { formRef, pending, error, errorId } = form;
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className={className} aria-busy={pending}>
      {children}
      <FormAlert id={errorId} error={error} />
      {status}
      <SubmitButton pending={pending} pendingLabel={pendingLabel}>
        {submitLabel}
      </SubmitButton>
    </form>
  );
}

/** The card's last line: a question and a link to another account page. */
export function CardFooterLink({ lead, href, children }: { lead: string; href: string; children: ReactNode }) {
  return (
    <p className="mt-6 border-t border-rule pt-5 text-sm text-ink-muted">
      {lead}{' '}
      <Link href={href} className={linkClass}>
        {children}
      </Link>
    </p>
  );
}

/** The form's live error region. Always in the page so assistive tech announces what appears in it. */
export function FormAlert({ id, error }: { id: string; error: FormError | null }) {
  return (
    <div id={id} role="alert">
      {error ? <p className="mt-5 rounded border-l-4 border-accent bg-paper-muted px-3 py-2 text-sm text-ink">{error.message}</p> : null}
    </div>
  );
}

/** A polite confirmation (e.g. "Saved"). */
export function FormStatus({ message }: { message: string | null }) {
  return (
    <div role="status">
      {message ? <p className="mt-3 rounded border-l-4 border-ink-muted bg-paper-muted px-3 py-2 text-sm text-ink">{message}</p> : null}
    </div>
  );
}

export function SubmitButton({ pending, pendingLabel, children }: { pending: boolean; pendingLabel: string; children: ReactNode }) {
  return (
    <button type="submit" disabled={pending} className={`mt-6 ${primaryButtonClass}`}>
      {pending ? pendingLabel : children}
    </button>
  );
}

/**
 * After an error appears, focus the first field it names (or the submit button, which was
 * disabled, and so lost focus, while the request ran).
 */
export function useFocusOnError(formRef: RefObject<HTMLFormElement | null>, error: FormError | null) {
  useEffect(() => {
    const form = formRef.current;
    if (!error || !form) return;
    const first = error.fields[0];
    const field = first ? form.elements.namedItem(first) : null;
    const target = field instanceof HTMLElement ? field : form.querySelector<HTMLElement>('button[type="submit"]');
    target?.focus();
  }, [formRef, error]);
}

/** A string field of a submitted form. */
export function formValue(form: HTMLFormElement, name: string): string {
  const v = new FormData(form).get(name);
  return typeof v === 'string' ? v : '';
}
