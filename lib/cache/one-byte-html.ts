/*
 * V8 keeps a string with one byte a character only while every character is below U+0100. One curly
 * quote or dash in an article makes the whole cached page (about 140 KB) a two-byte string, and Next
 * then measures and encodes it to UTF-8 on every response: measured on a bare Next page of that size,
 * 1.5 ms a cached hit with ASCII text against 2.0 to 2.5 ms with one ’ a paragraph.
 *
 * Written as character references (and `\u` escapes inside scripts), the same page is one-byte. A
 * browser reads both the same: HTML text and attribute values decode `&#x2019;`; script elements are
 * raw text, where JavaScript and JSON read `\u2019` in strings (and identifiers) as the character.
 */

/** Characters that make a string two-byte (surrogate pairs included). */
const WIDE = /[\u0100-\uffff]/;
const WIDE_RUNS = /[\u0100-\uffff]+/g;

/** A script element, or a run of wide characters outside one. React escapes `<` in text and attributes. */
const SCRIPT_OR_WIDE = /(<script\b[^>]*>)([\s\S]*?)(<\/script>)|[\u0100-\uffff]+/g;

/** Raw-text elements other than script, where neither form of escape would be read back. */
const OTHER_RAW_TEXT = /<(?:style|xmp|plaintext|noembed|noframes|iframe|noscript)\b/i;

/**
 * Past this share of wide characters (a page in Greek, say) the escapes would cost more bytes than the
 * one-byte form saves in time; such pages stay as they are. English news pages run at about 0.1 %.
 */
const MAX_WIDE_SHARE = 0.01;

/** A run of wide characters as character references (a surrogate pair as one code point). */
function references(run: string): string {
  let out = '';
  for (const char of run) out += `&#x${char.codePointAt(0)!.toString(16)};`;
  return out;
}

/** A run of wide characters as `\u` escapes (a surrogate pair as two, as JavaScript and JSON write it). */
function scriptEscapes(run: string): string {
  let out = '';
  for (let i = 0; i < run.length; i++) out += `\\u${run.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}

/** The page with every character above U+00FF escaped, as a one-byte string; null when it should stay as it is. */
export function oneByteHtml(html: string): string | null {
  if (!WIDE.test(html) || OTHER_RAW_TEXT.test(html)) return null;
  let wide = 0;
  for (const run of html.match(WIDE_RUNS) ?? []) wide += run.length;
  if (wide > html.length * MAX_WIDE_SHARE) return null;
  const escaped = html.replace(SCRIPT_OR_WIDE, (match, open: string | undefined, body: string, close: string) =>
    open === undefined ? references(match) : open.replace(WIDE_RUNS, references) + body.replace(WIDE_RUNS, scriptEscapes) + close,
  );
  // Every character is now below U+0100: a latin1 round trip makes V8 store it one byte a character
  // (a string built from slices of a two-byte string would stay two-byte).
  return Buffer.from(escaped, 'latin1').toString('latin1');
}
