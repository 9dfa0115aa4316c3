/** Times are stored as UTC; SQLite returns ISO text, PostgreSQL a Date. */
export function toIso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

export function nowIso(): string {
  return new Date().toISOString();
}
