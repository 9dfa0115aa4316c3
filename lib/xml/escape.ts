/**
 * Escaping for XML (and the HTML fragments feeds carry). Every piece of data that goes into a sitemap
 * or feed passes through here: the builders in ./element.ts never accept raw markup.
 */

/**
 * Characters XML 1.0 forbids outright (C0 controls other than tab, LF and CR, lone surrogates,
 * U+FFFE and U+FFFF): escaping cannot express them, so they are dropped. One stray control character
 * pasted into a headline would otherwise make the whole sitemap or feed unparseable.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlChars(text: string): string {
  return text.replace(FORBIDDEN, '');
}

/**
 * Entities every XML parser and HTML5 know. Apostrophes stay as they are: our attributes are always
 * double-quoted, and some parsers (fast-xml-parser by default) leave numeric references undecoded.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text or a double-quoted attribute value, safe in XML and HTML. */
export function escapeXml(text: string): string {
  return xmlChars(text).replace(/[&<>"]/g, (c) => ENTITIES[c]!);
}

/**
 * A CDATA section holding `text` verbatim. A CDATA section ends at the first `]]>`, so that sequence
 * is split across two sections (`]]` ends one, `>` starts the next): parsers join them back.
 */
export function cdata(text: string): string {
  return `<![CDATA[${xmlChars(text).replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}
