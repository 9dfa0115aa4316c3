/** Shared class names for the desk editor (Tailwind scans this file). */

const focusRing = 'focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-(--focus)';

export const buttonClass = `rounded border border-rule bg-paper px-3 py-1 font-sans text-sm font-semibold text-ink hover:border-ink ${focusRing}`;

export const inputClass = `w-full rounded border border-rule bg-paper px-2 py-1.5 font-sans text-sm text-ink aria-invalid:border-accent ${focusRing}`;

export const toolbarButtonClass = `rounded px-2.5 py-1 font-sans text-sm font-semibold text-ink hover:bg-paper aria-pressed:bg-ink aria-pressed:text-paper aria-disabled:cursor-not-allowed aria-disabled:opacity-50 ${focusRing}`;

/**
 * The editing surface looks like the public article body (ArticleBody: `prose-article`, serif,
 * 1.65 line height, its heading, quote and list styles), inside a bordered box with a focus ring.
 */
export const surfaceClass = [
  'prose-article min-h-96 rounded-b border border-t-0 border-rule bg-paper px-5 py-4 text-ink',
  'font-serif text-lg leading-[1.65] md:text-[1.2rem]',
  'focus:outline-3 focus:outline-offset-2 focus:outline-(--focus)',
  '[&_h2]:mt-8 [&_h2]:mb-3 [&_h2]:font-serif [&_h2]:text-2xl [&_h2]:leading-snug [&_h2]:font-bold',
  '[&_h3]:mt-6 [&_h3]:mb-2 [&_h3]:font-sans [&_h3]:text-lg [&_h3]:font-bold',
  '[&>*:first-child]:mt-0',
].join(' ');

/** Same box before the editor exists (it mounts in the browser only), so nothing shifts. */
export const placeholderClass = 'min-h-96 rounded-b border border-t-0 border-rule bg-paper';
