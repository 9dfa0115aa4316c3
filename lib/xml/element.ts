import { cdata, escapeXml } from './escape.ts';

/**
 * A tiny element tree for the XML we publish (sitemaps, RSS) and the HTML inside feed items.
 * Strings given as children are text and are always escaped; the only way to emit markup is an
 * element (whose name must be a plain XML name) or a CDATA section. Nothing is concatenated raw.
 */
export type XmlAttrs = Record<string, string | number | null | undefined>;
export type XmlChild = XmlNode | string | number | null | undefined | false;

export type XmlNode =
  | { kind: 'element'; name: string; attrs: XmlAttrs; children: XmlChild[] }
  | { kind: 'cdata'; text: string };

/** Element and attribute names: letters, digits, `_ . -`, one optional namespace prefix. */
const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;

function checkName(name: string): string {
  if (!NAME.test(name)) throw new Error(`Not an XML name: ${JSON.stringify(name)}`);
  return name;
}

/** `el('loc', null, url)`; null, undefined and false children are left out (for optional parts). */
export function el(name: string, attrs?: XmlAttrs | null, ...children: (XmlChild | XmlChild[])[]): XmlNode {
  return { kind: 'element', name: checkName(name), attrs: attrs ?? {}, children: children.flat() };
}

/** Text kept verbatim inside `<![CDATA[ ]]>` (feeds carry HTML this way, readable as it is). */
export function cdataNode(text: string): XmlNode {
  return { kind: 'cdata', text };
}

function attributes(attrs: XmlAttrs): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] != null)
    .map(([name, value]) => ` ${checkName(name)}="${escapeXml(String(value))}"`)
    .join('');
}

type Mode = 'xml' | 'html';

/** HTML elements that have no end tag; every other HTML element is written with one, even when empty. */
const HTML_VOID = new Set(['br', 'hr', 'img']);

function render(child: XmlChild, mode: Mode, indent: string | null): string {
  if (child == null || child === false) return '';
  if (typeof child === 'string' || typeof child === 'number') return escapeXml(String(child));
  if (child.kind === 'cdata') return cdata(child.text);
  const open = `<${child.name}${attributes(child.attrs)}`;
  const children = child.children.filter((c) => c != null && c !== false);
  if (mode === 'html' && HTML_VOID.has(child.name)) {
    if (children.length > 0) throw new Error(`<${child.name}> cannot have children`);
    return `${open}>`;
  }
  if (children.length === 0) return mode === 'xml' ? `${open}/>` : `${open}></${child.name}>`;
  // Only element-only content is indented: whitespace added to text would change it.
  const elementOnly = indent !== null && children.every((c) => typeof c === 'object' && c.kind === 'element');
  if (!elementOnly) return `${open}>${children.map((c) => render(c, mode, null)).join('')}</${child.name}>`;
  const inner = `${indent}  `;
  return `${open}>${children.map((c) => `\n${inner}${render(c, mode, inner)}`).join('')}\n${indent}</${child.name}>`;
}

/** A complete XML document: declaration, then the root element indented for people reading it. */
export function renderXml(root: XmlNode): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${render(root, 'xml', '')}\n`;
}

/** An HTML fragment (no indentation, end tags on every non-void element). */
export function renderHtml(nodes: XmlChild[]): string {
  return nodes.map((n) => render(n, 'html', null)).join('');
}
