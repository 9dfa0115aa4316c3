/**
 * Parses the page segment of /<list>/page/<n>. Page 1 lives at the list's own URL,
 * so only 2 and above are valid here; anything else is not a page of ours.
 */
export function parsePageParam(raw: string): number | null {
  if (!/^[1-9]\d{0,5}$/.test(raw)) return null;
  const page = Number(raw);
  return page >= 2 ? page : null;
}
