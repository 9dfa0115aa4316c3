/** Comment dates and counts, formatted the same way on the server and in the island. Pure. */

import { dateTimeFormat } from '../format.ts';

function format(locale: string, timeZone: string, withYear: boolean): Intl.DateTimeFormat {
  return dateTimeFormat(locale, {
    timeZone,
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    ...(withYear ? { year: 'numeric', timeZoneName: 'short' } : {}),
  });
}

/** "28 Nov, 14:05" */
export function formatCommentTime(iso: string, locale: string, timeZone: string): string {
  return format(locale, timeZone, false).format(new Date(iso));
}

/** "28 Nov 2026, 14:05 GMT", for the title tooltip. */
export function formatCommentTimeFull(iso: string, locale: string, timeZone: string): string {
  return format(locale, timeZone, true).format(new Date(iso));
}

export function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}
