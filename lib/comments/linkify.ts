/**
 * Splits plain comment text into text and link segments. Only http:// and https:// addresses
 * become links: other schemes (javascript:, data:, …) always stay text. Pure: no DOM, no HTML.
 */
export type Segment = { type: 'text'; value: string } | { type: 'link'; value: string; href: string };

/** A candidate address: the scheme, then everything up to whitespace or a character URLs never hold unescaped. */
const CANDIDATE = /\bhttps?:\/\/[^\s<>"`{}|\\^]+/gi;
/** Punctuation that ends a sentence rather than an address. */
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', "'", '*']);
const CLOSING: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}

/** Drops trailing punctuation, and closing brackets that have no opening partner inside the address. */
function trimTrailing(candidate: string): string {
  let url = candidate;
  for (;;) {
    const last = url.at(-1);
    if (last === undefined) return url;
    if (TRAILING.has(last)) {
      url = url.slice(0, -1);
      continue;
    }
    const opener = CLOSING[last];
    // "(see https://example.com/a_(b))": the last ")" closes the prose, the one before it the address.
    if (opener && count(url, last) > count(url, opener)) {
      url = url.slice(0, -1);
      continue;
    }
    return url;
  }
}

function isWebAddress(candidate: string): boolean {
  try {
    const url = new URL(candidate);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export function linkify(text: string): Segment[] {
  const segments: Segment[] = [];
  let plain = '';
  let index = 0;
  for (const match of text.matchAll(CANDIDATE)) {
    const start = match.index;
    const url = trimTrailing(match[0]);
    if (!isWebAddress(url)) continue;
    plain += text.slice(index, start);
    if (plain) segments.push({ type: 'text', value: plain });
    plain = '';
    segments.push({ type: 'link', value: url, href: url });
    index = start + url.length;
  }
  plain += text.slice(index);
  if (plain) segments.push({ type: 'text', value: plain });
  return segments;
}
