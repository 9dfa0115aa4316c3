import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { cdataNode, el, renderHtml, renderXml } from './element.ts';

describe('renderXml', () => {
  it('writes a declaration, escapes text and attributes, and leaves out null, undefined and false', () => {
    const xml = renderXml(el('root', { a: 'x"<y>', skip: null, n: 3 }, el('t', null, '1 < 2 & "3"'), null, undefined, false, el('empty')));
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<root a="x&quot;&lt;y&gt;" n="3">\n  <t>1 &lt; 2 &amp; &quot;3&quot;</t>\n  <empty/>\n</root>\n',
    );
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml) as { root: Record<string, unknown> };
    expect(parsed.root['@a']).toBe('x"<y>');
    expect(parsed.root.t).toBe('1 < 2 & "3"');
  });

  it('never indents mixed content (the whitespace would become part of the text)', () => {
    expect(renderXml(el('p', null, 'a ', el('b', null, 'b'), ' c'))).toContain('<p>a <b>b</b> c</p>');
  });

  it('refuses names that are not plain XML names, so data can never become markup', () => {
    expect(() => el('a b')).toThrow(/Not an XML name/);
    expect(() => el('x><script')).toThrow(/Not an XML name/);
    expect(() => renderXml(el('x', { 'on"x': '1' }))).toThrow(/Not an XML name/);
  });

  it('writes CDATA sections', () => {
    expect(renderXml(el('c', null, cdataNode('<p>x</p>')))).toContain('<c><![CDATA[<p>x</p>]]></c>');
  });
});

describe('renderHtml', () => {
  it('writes end tags on empty non-void elements and none on void ones', () => {
    expect(renderHtml([el('p'), el('img', { src: '/a.jpg', alt: '' }), el('br')])).toBe('<p></p><img src="/a.jpg" alt=""><br>');
    expect(() => renderHtml([el('img', null, 'text')])).toThrow(/cannot have children/);
  });
});
