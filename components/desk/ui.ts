/** Shared class names for the desk's forms and tables. */
export const inputClass =
  'mt-1 block w-full rounded border border-ink-muted bg-paper px-3 py-2 font-sans text-base text-ink focus:outline-2 focus:outline-offset-1 focus:outline-[var(--focus)]';
export const labelClass = 'block font-sans text-sm font-semibold';
export const hintClass = 'mt-0.5 font-sans text-sm text-ink-muted';
export const buttonClass =
  'inline-flex min-h-10 items-center justify-center rounded bg-brand px-4 py-2 font-sans text-sm font-semibold text-brand-ink hover:underline disabled:cursor-not-allowed disabled:opacity-60';
export const quietButtonClass =
  'inline-flex min-h-10 items-center justify-center rounded border border-ink-muted bg-paper px-4 py-2 font-sans text-sm font-semibold text-ink hover:underline disabled:cursor-not-allowed disabled:opacity-60';
export const dangerButtonClass =
  'inline-flex min-h-10 items-center justify-center rounded border border-accent bg-paper px-4 py-2 font-sans text-sm font-semibold text-accent hover:underline disabled:cursor-not-allowed disabled:opacity-60';
export const linkClass = 'font-semibold text-accent underline hover:no-underline';
