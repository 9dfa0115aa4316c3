/**
 * Editors enter and read times in the site's time zone; the database stores UTC.
 * Converts between ISO-8601 UTC and the "YYYY-MM-DDTHH:mm" of an <input type="datetime-local">.
 */
function parts(date: Date, timeZone: string) {
  const values = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return values as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string>;
}

/** Offset of `timeZone` from UTC at `date`, in milliseconds. */
function offsetAt(date: Date, timeZone: string): number {
  const p = parts(date, timeZone);
  const asUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return asUtc - Math.floor(date.getTime() / 1000) * 1000;
}

export function toZonedInput(iso: string, timeZone: string): string {
  const p = parts(new Date(iso), timeZone);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/**
 * The UTC instant of a wall-clock time in `timeZone`, or null for malformed input.
 * In the autumn overlap the earlier instant wins; a time skipped by the spring change moves forward.
 */
export function fromZonedInput(local: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi, sec] = match.map((v) => Number(v ?? 0)) as [number, number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi, sec);
  if (Number.isNaN(wall)) return null;
  // Two passes settle the offset around a change of clocks.
  let guess = wall - offsetAt(new Date(wall), timeZone);
  guess = wall - offsetAt(new Date(guess), timeZone);
  const earlier = wall - offsetAt(new Date(guess - 3_600_000), timeZone);
  if (earlier < guess && toZonedInput(new Date(earlier).toISOString(), timeZone) === local.slice(0, 16)) guess = earlier;
  return new Date(guess).toISOString();
}
