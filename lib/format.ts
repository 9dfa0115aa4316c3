/** Date and number formatting in the site's locale and time zone. Pure functions: unit-tested. */

export interface Locale {
  locale: string;
  timeZone: string;
}

/** "28 November 2026, 14:05 GMT" */
export function formatDateTime(iso: string, { locale, timeZone }: Locale): string {
  return new Intl.DateTimeFormat(locale, {
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
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(new Date(iso));
}

/**
 * "Just now", "12 min ago", "3 hr ago" for the last day; then the date ("27 Nov").
 * `now` is passed in so cached renders stay deterministic.
 */
export function formatRelative(iso: string, now: string, { locale, timeZone }: Locale): string {
  const seconds = Math.round((Date.parse(now) - Date.parse(iso)) / 1000);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
  if (seconds < 60) return rtf.format(0, 'second');
  if (seconds < 3600) return rtf.format(-Math.floor(seconds / 60), 'minute');
  if (seconds < 86400) return rtf.format(-Math.floor(seconds / 3600), 'hour');
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone }).format(new Date(iso));
}

export function formatCount(n: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(n);
}

/** Minutes to read at 230 words a minute, at least one. */
export function readingMinutes(text: string): number {
  const words = text.trim().split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 230));
}
