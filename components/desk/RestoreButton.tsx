'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { deskApi } from '@/lib/desk/client-api';
import { buttonClass } from './ui';

/** Restores a revision as a new save, then returns to the editor. */
export function RestoreButton({ articleId, revisionId, version, label }: { articleId: number; revisionId: number; version: number; label: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function restore() {
    if (!window.confirm(`Restore ${label}? The current version stays in the history.`)) return;
    setBusy(true);
    try {
      await deskApi.restore(articleId, revisionId, version);
      router.push(`/desk/articles/${articleId}`);
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  }
  return (
    <div>
      <button type="button" className={buttonClass} disabled={busy} onClick={() => void restore()}>
        Restore this revision
      </button>
      <p role="status" aria-live="polite" className="mt-2 font-sans text-sm text-accent">
        {message}
      </p>
    </div>
  );
}
