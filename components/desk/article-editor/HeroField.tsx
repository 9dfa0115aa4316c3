'use client';

import { useId, useState } from 'react';
import type { MediaPreview } from '@/lib/desk/article-rows';
import { altFromFileName, uploadMedia } from '@/lib/desk/client-api';
import type { ArticleFields } from '@/lib/desk/fields';
import { hintClass, labelClass, quietButtonClass } from '../ui';
import { Field } from './Field';

const ACCEPT = 'image/jpeg,image/png,image/webp,image/avif,image/gif';

/** The lead image: upload (the server checks what the file really is), alt text (required), caption, credit. */
export function HeroField({
  hero,
  media,
  onChange,
  onUploaded,
  fieldError,
}: {
  hero: ArticleFields['hero'];
  media: Record<number, MediaPreview>;
  onChange: (hero: ArticleFields['hero']) => void;
  onUploaded: (id: number, preview: MediaPreview) => void;
  fieldError: (name: string) => string | null;
}) {
  const id = useId();
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const preview = hero ? media[hero.mediaId] : undefined;

  async function upload(file: File) {
    setBusy(true);
    setStatus(`Uploading ${file.name}…`);
    try {
      const alt = hero?.alt || altFromFileName(file.name);
      const stored = await uploadMedia(file, alt);
      onUploaded(stored.id, stored);
      onChange({ mediaId: stored.id, alt, caption: hero?.caption ?? null, credit: hero?.credit ?? stored.credit });
      setStatus('Uploaded. Check the alt text describes the picture.');
    } catch (e) {
      setStatus(e instanceof Error ? e.message : 'The upload failed.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <fieldset className="rounded border border-rule p-4">
      <legend className="px-1 font-sans text-sm font-semibold">Lead image</legend>
      {preview ? (
        // eslint-disable-next-line @next/next/no-img-element -- a desk thumbnail of an upload, not a reader-facing image
        <img src={preview.src} alt="" className="mb-3 max-h-64 w-auto rounded border border-rule" />
      ) : (
        <p className={hintClass}>No lead image. Articles without one get a generated share card.</p>
      )}
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <label htmlFor={`${id}-file`} className={labelClass}>
          {hero ? 'Replace image' : 'Upload image'}
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept={ACCEPT}
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void upload(file);
          }}
          className="font-sans text-sm file:mr-3 file:rounded file:border file:border-ink-muted file:bg-paper file:px-3 file:py-1.5 file:font-semibold"
        />
        {hero ? (
          <button type="button" className={quietButtonClass} onClick={() => onChange(null)}>
            Remove image
          </button>
        ) : null}
      </div>
      <p role="status" aria-live="polite" className="mt-2 font-sans text-sm">
        {status}
      </p>
      {hero ? (
        <div className="mt-3 grid gap-4">
          <Field
            name="hero-alt"
            label="Alt text"
            required
            maxLength={300}
            hint="What the picture shows, for readers who cannot see it."
            value={hero.alt}
            error={fieldError('hero.alt')}
            onChange={(alt) => onChange({ ...hero, alt })}
          />
          <Field name="hero-caption" label="Caption" maxLength={300} value={hero.caption ?? ''} onChange={(caption) => onChange({ ...hero, caption })} />
          <Field name="hero-credit" label="Credit" maxLength={200} value={hero.credit ?? ''} onChange={(credit) => onChange({ ...hero, credit })} />
        </div>
      ) : null}
    </fieldset>
  );
}
