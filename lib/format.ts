/** Date and number formatting in the site's locale and time zone. Pure functions: unit-tested. */

/*
 * Building an Intl formatter costs far more than formatting with one (a page of comments spent
 * milliseconds here), so each distinct set of options gets one formatter for the process's life.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>();

function memo<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>(key: string, create: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A shared Intl.DateTimeFormat for this locale and these options (the comment times use it too). */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return memo(`dt|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

export interface Locale {
  locale: string;
  timeZone: string;
}

/** "28 November 2026, 14:05 GMT" */
export function formatDateTime(iso: string, { locale, timeZone }: Locale): string {
  return dateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/** "28 Nov 2026" */
export function formatDate(iso: string, { locale, timeZone }: Locale): string {
  return dateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(new Date(iso));
}

/**
 * "Just now", "12 min ago", "3 hr ago" for the last day; then the date ("27 Nov").
 * `now` is passed in so cached renders stay deterministic.
 */
export function formatRelative(iso: string, now: string, { locale, timeZone }: Locale): string {
  const seconds = Math.round((Date.parse(now) - Date.parse(iso)) / 1000);
  const rtf = memo(`rt|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' }));
  if (seconds < 60) return rtf.format(0, 'second');
  if (seconds < 3600) return rtf.format(-Math.floor(seconds / 60), 'minute');
  if (seconds < 86400) return rtf.format(-Math.floor(seconds / 3600), 'hour');
  return dateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone }).format(new Date(iso));
}

export function formatCount(n: number, locale: string): string {
  return memo(`n|${locale}`, () => new Intl.NumberFormat(locale)).format(n);
}

/** Minutes to read at 230 words a minute, at least one. */
export function readingMinutes(text: string): number {
  const words = text.trim().split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 230));
}
