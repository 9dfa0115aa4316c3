import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { cdata, escapeXml, xmlChars } from './escape.ts';

const parse = (xml: string) => new XMLParser().parse(xml) as Record<string, unknown>;

describe('escapeXml', () => {
  it('escapes markup characters and double quotes, so text and attribute values read back unchanged', () => {
    const text = `Tom & Jerry's "<b>bold</b>" > 2`;
    expect(escapeXml(text)).toBe("Tom &amp; Jerry's &quot;&lt;b&gt;bold&lt;/b&gt;&quot; &gt; 2");
    expect(parse(`<a title="${escapeXml(text)}">${escapeXml(text)}</a>`)).toEqual({ a: text });
  });

  it('drops characters XML 1.0 cannot carry, keeping tabs, newlines and astral characters', () => {
    expect(xmlChars('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFF')).toBe('abcdef');
    expect(xmlChars('tab\tline\ncr\r')).toBe('tab\tline\ncr\r');
    expect(xmlChars('emoji 🗞️ ok')).toBe('emoji 🗞️ ok');
    expect(xmlChars('lone \uD800 high, lone \uDC00 low')).toBe('lone  high, lone  low');
  });
});

describe('cdata', () => {
  it('keeps markup verbatim and survives a "]]>" inside the text', () => {
    const html = '<p>a ]]> b & <i>c</i> ]]]]> d</p>';
    const section = cdata(html);
    expect(section.startsWith('<![CDATA[')).toBe(true);
    // A naive wrapper would end the section at the first "]]>" and leave the rest as broken markup.
    const parsed = new XMLParser({ cdataPropName: false }).parse(`<x>${section}</x>`) as { x: string };
    expect(parsed.x).toBe(html);
  });
});
