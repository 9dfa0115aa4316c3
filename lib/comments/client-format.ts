/** Comment dates and counts, formatted the same way on the server and in the island. Pure. */

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: string, timeZone: string, withYear: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${withYear}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      timeZone,
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      ...(withYear ? { year: 'numeric', timeZoneName: 'short' } : {}),
    });
    formats.set(key, f);
  }
  return f;
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
