'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent, type ReactNode } from 'react';
import { buttonClass } from './ui';

/**
 * A small admin form that sends its named fields as JSON and refreshes the page on success.
 * `secretLabel`: the reply's `secret` is shown once (API tokens).
 */
export function DeskForm({
  action,
  method = 'POST',
  submitLabel,
  children,
  numberFields = [],
  listFields = [],
  secretLabel,
  className,
  confirm,
}: {
  action: string;
  method?: 'POST' | 'PUT' | 'DELETE';
  submitLabel: string;
  children?: ReactNode;
  numberFields?: string[];
  /** Fields sent as arrays (checkbox groups). */
  listFields?: string[];
  secretLabel?: string;
  className?: string;
  confirm?: string;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (confirm && !window.confirm(confirm)) return;
    const form = new FormData(event.currentTarget);
    const body: Record<string, unknown> = {};
    for (const key of new Set(form.keys())) {
      const values = form.getAll(key).map(String);
      body[key] = listFields.includes(key) ? values : numberFields.includes(key) ? Number(values[0]) : values[0];
    }
    for (const key of listFields) body[key] ??= [];
    setBusy(true);
    setMessage(null);
    try {
      const response = await fetch(action, {
        method,
        headers: { 'Content-Type': 'application/json' },
        body: method === 'DELETE' ? undefined : JSON.stringify(body),
      });
      const data = (await response.json().catch(() => null)) as { error?: { message: string }; secret?: string } | null;
      if (!response.ok) {
        setMessage({ text: data?.error?.message ?? `The server answered ${response.status}.`, error: true });
        return;
      }
      if (data?.secret) setSecret(data.secret);
      setMessage({ text: 'Saved.', error: false });
      router.refresh();
    } catch {
      setMessage({ text: 'The server could not be reached. Nothing was changed.', error: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} className={className}>
      {children}
      <button type="submit" disabled={busy} className={`${buttonClass} mt-3`}>
        {submitLabel}
      </button>
      <p role="status" aria-live="polite" className={`mt-2 font-sans text-sm ${message?.error ? 'font-semibold text-accent' : ''}`}>
        {message?.text}
      </p>
      {secret ? (
        <div className="mt-2 rounded border-2 border-members bg-members-bg p-3 font-sans text-sm text-members">
          <p className="font-semibold">{secretLabel ?? 'Secret'} (shown once; copy it now):</p>
          <code className="mt-1 block break-all text-ink" data-testid="new-secret">
            {secret}
          </code>
        </div>
      ) : null}
    </form>
  );
}
