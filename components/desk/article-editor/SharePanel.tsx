'use client';

import { useId, useState } from 'react';
import { deskApi } from '@/lib/desk/client-api';
import type { ShareLink } from '@/lib/desk/share-links';
import { formatDateTime } from '@/lib/format';
import { hintClass, inputClass, quietButtonClass } from '../ui';

/** "Share preview": signed links to the saved draft for people without an account; revocable. */
export function SharePanel({ articleId, initial, locale, timeZone }: { articleId: number; initial: ShareLink[]; locale: string; timeZone: string }) {
  const id = useId();
  const [links, setLinks] = useState(initial);
  const [fresh, setFresh] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // Expiry is judged when the list was loaded or changed, not on every render.
  const [loadedAt] = useState(() => Date.now());
  const active = links.filter((l) => !l.revokedAt && Date.parse(l.expiresAt) > loadedAt);

  async function create() {
    setMessage(null);
    try {
      const { link, url } = await deskApi.share(articleId);
      setLinks((all) => [link, ...all]);
      setFresh(url);
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  }

  async function revoke(linkId: string) {
    try {
      await deskApi.revokeShare(articleId, linkId);
      setLinks((all) => all.map((l) => (l.id === linkId ? { ...l, revokedAt: new Date().toISOString() } : l)));
      setFresh(null);
      setMessage('Link withdrawn.');
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="rounded border border-rule p-4">
      <h2 id={`${id}-heading`} className="font-sans text-base font-bold">
        Share preview
      </h2>
      <p className={hintClass}>Anyone with the link can read the saved version until it expires (48 hours).</p>
      <button type="button" onClick={() => void create()} className={`${quietButtonClass} mt-3`}>
        Create share link
      </button>
      {fresh ? (
        <div className="mt-3">
          <label htmlFor={`${id}-url`} className="font-sans text-sm font-semibold">
            New link
          </label>
          <input id={`${id}-url`} readOnly value={fresh} onFocus={(e) => e.target.select()} className={inputClass} data-testid="share-url" />
          <button type="button" className="mt-2 font-sans text-sm font-semibold underline" onClick={() => void navigator.clipboard?.writeText(fresh).then(() => setMessage('Copied.'))}>
            Copy link
          </button>
        </div>
      ) : null}
      {active.length ? (
        <ul className="mt-3 grid gap-2 font-sans text-sm">
          {active.map((l) => (
            <li key={l.id} className="flex flex-wrap items-center justify-between gap-2">
              <span>Expires {formatDateTime(l.expiresAt, { locale, timeZone })}</span>
              <button type="button" onClick={() => void revoke(l.id)} className="font-semibold text-accent underline">
                Withdraw
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <p role="status" aria-live="polite" className="mt-2 font-sans text-sm">
        {message}
      </p>
    </section>
  );
}
