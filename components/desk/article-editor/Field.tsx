'use client';

import { useId } from 'react';
import { hintClass, inputClass, labelClass } from '../ui';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  /** The API's error, when it names this field. */
  error?: string | null;
  multiline?: boolean;
  maxLength?: number;
  required?: boolean;
  /** Larger serif text, for the headline and standfirst. */
  display?: 'headline' | 'standfirst';
  name: string;
}

/** A labelled text field with an optional hint, character count and error, wired for screen readers. */
export function Field({ label, value, onChange, hint, error, multiline, maxLength, required, display, name }: Props) {
  const id = `${useId()}-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, maxLength ? `${id}-count` : null].filter(Boolean).join(' ');
  const size = display === 'headline' ? ' font-serif text-2xl font-bold' : display === 'standfirst' ? ' font-serif text-lg' : '';
  const common = {
    id,
    name,
    value,
    required,
    maxLength,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
    className: inputClass + size,
  } as const;
  return (
    <div>
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={id} className={labelClass}>
          {label}
          {required ? <span className="text-accent"> *</span> : null}
        </label>
        {maxLength ? (
          <span id={`${id}-count`} className="font-sans text-xs text-ink-muted">
            {value.length}/{maxLength}
          </span>
        ) : null}
      </div>
      {hint ? (
        <p id={`${id}-hint`} className={hintClass}>
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => onChange(e.target.value)} />
      )}
      {error ? (
        <p id={`${id}-error`} className="mt-1 font-sans text-sm font-semibold text-accent">
          {error}
        </p>
      ) : null}
    </div>
  );
}
