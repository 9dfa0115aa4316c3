'use client';

import { useId, useRef, useState } from 'react';
import type { DeskArticle } from '@/lib/desk/article-rows';
import { DeskApiError, deskApi } from '@/lib/desk/client-api';
import { roleOf } from '@/lib/desk/roles';
import { ACTION_LABELS, allowedActions, type WorkflowAction } from '@/lib/desk/workflow';
import { fromZonedInput, toZonedInput } from '@/lib/desk/zoned-time';
import { formatDateTime } from '@/lib/format';
import { StatusBadge } from '../StatusBadge';
import { buttonClass, dangerButtonClass, hintClass, inputClass, labelClass, quietButtonClass } from '../ui';

interface Props {
  article: DeskArticle;
  user: { id: string; name: string; role: string };
  locale: string;
  timeZone: string;
  /** Saves pending edits first; resolves with the stored article or null when the save was refused. */
  saveFirst: () => Promise<DeskArticle | null>;
  onDone: (article: DeskArticle) => void;
}

/** Status and the actions this person may take next; times are entered in the site's time zone. */
export function WorkflowPanel({ article, user, locale, timeZone, saveFirst, onDone }: Props) {
  const id = useId();
  // Uncontrolled: the value is read when "Schedule" is pressed, whatever set it (typing, the picker, autofill).
  const whenRef = useRef<HTMLInputElement>(null);
  const [initialWhen] = useState(() =>
    toZonedInput(article.publishedAt && article.status === 'scheduled' ? article.publishedAt : new Date(Date.now() + 3_600_000).toISOString(), timeZone),
  );
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const actor = { id: user.id, name: user.name, role: roleOf(user.role) };
  const actions = allowedActions(actor, { status: article.status, createdBy: article.createdBy });

  async function run(action: WorkflowAction) {
    if (action === 'unpublish' && !window.confirm('Unpublish this article? Readers will get “removed” (410) at its address.')) return;
    setBusy(true);
    setMessage(null);
    try {
      const saved = await saveFirst();
      if (!saved) return;
      let publishAt: string | undefined;
      if (action === 'schedule') {
        publishAt = fromZonedInput(whenRef.current?.value ?? '', timeZone) ?? undefined;
        if (!publishAt) throw new DeskApiError(422, 'validation_failed', 'Choose a date and time to publish.');
      }
      const { article: stored } = await deskApi.transition(saved.id, action, saved.version, publishAt);
      onDone(stored);
      setMessage(`Done: ${ACTION_LABELS[action].toLowerCase()}.`);
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  const tz = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'long' }).formatToParts(new Date()).find((p) => p.type === 'timeZoneName')?.value;
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded border border-rule p-4">
      <h2 id={`${id}-heading`} className="font-sans text-base font-bold">
        Status
      </h2>
      <p className="mt-2 flex flex-wrap items-center gap-2 font-sans text-sm">
        <StatusBadge status={article.status} />
        {article.publishedAt && (article.status === 'scheduled' || article.status === 'published') ? (
          <span>
            {article.status === 'scheduled' ? 'Goes live ' : 'Published '}
            {formatDateTime(article.publishedAt, { locale, timeZone })}
          </span>
        ) : null}
      </p>
      {article.status === 'published' ? (
        <p className="mt-2 font-sans text-sm">
          <a href={article.url} className="font-semibold underline">
            View on the site
          </a>
        </p>
      ) : null}
      {actions.includes('schedule') ? (
        <div className="mt-4">
          <label htmlFor={`${id}-when`} className={labelClass}>
            Publish at
          </label>
          <p id={`${id}-when-hint`} className={hintClass}>
            {tz ?? timeZone} time
          </p>
          <input
            id={`${id}-when`}
            type="datetime-local"
            step={1}
            ref={whenRef}
            defaultValue={initialWhen}
            aria-describedby={`${id}-when-hint`}
            className={inputClass}
          />
        </div>
      ) : null}
      <div className="mt-4 flex flex-wrap gap-2">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            disabled={busy}
            onClick={() => void run(action)}
            className={action === 'publish' ? buttonClass : action === 'unpublish' ? dangerButtonClass : quietButtonClass}
          >
            {ACTION_LABELS[action]}
          </button>
        ))}
        {actions.length === 0 ? <p className={hintClass}>An editor takes it from here.</p> : null}
      </div>
      <p role="status" aria-live="polite" className="mt-2 font-sans text-sm">
        {message}
      </p>
    </section>
  );
}
