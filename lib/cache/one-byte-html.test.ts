import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { oneByteHtml } from './one-byte-html.ts';

/** What an HTML parser makes of text and attribute values: numeric character references decoded. */
const decodeReferences = (html: string) => html.replace(/&#x([0-9a-f]+);/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));

const flightScript = (payload: string) => `<script>self.__next_f.push(${JSON.stringify([1, payload])})</script>`;
/** Runs a flight script as the browser would, returning the string it pushed. */
const pushedBy = (script: string) => {
  const pushed: [number, string][] = [];
  new Function('self', script.replace(/^<script>|<\/script>$/g, ''))({ __next_f: pushed });
  return pushed[0]![1];
};

const filler = 'The harbour wall was rebuilt in the spring. '.repeat(40);
const page = (body: string) => `<!DOCTYPE html><html lang="en-GB"><head><title>Women’s rowing — a year on</title></head><body>${body}<p>${filler}</p></body></html>`;

describe('one-byte page HTML', () => {
  it('writes characters above U+00FF in text and attributes as character references, and keeps Latin-1 ones', () => {
    const html = page('<h1 title="“Quoted”">The £318m plan’s critics 😀</h1><p>Café</p>');
    const out = oneByteHtml(html)!;
    expect(out).not.toMatch(/[^\u0000-\u00ff]/);
    expect(out).toContain('The £318m plan&#x2019;s critics &#x1f600;');
    expect(out).toContain('title="&#x201c;Quoted&#x201d;"');
    expect(out).toContain('<p>Café</p>');
    expect(decodeReferences(out)).toBe(html);
  });

  it('writes them inside scripts as \\u escapes, which the script and JSON read back as the same characters', () => {
    const payload = '2b:T54a,{"headline":"The plan’s critics — and 😀"}\n';
    const jsonLd = '<script type="application/ld+json" data-note="—">{"headline":"Women’s rowing"}</script>';
    const out = oneByteHtml(page(`${flightScript(payload)}${jsonLd}`))!;
    expect(out).not.toMatch(/[^\u0000-\u00ff]/);
    const [flight, ld] = [...out.matchAll(/<script[^>]*>[\s\S]*?<\/script>/g)].map((m) => m[0]);
    expect(pushedBy(flight!)).toBe(payload);
    expect(JSON.parse(ld!.replace(/<[^>]+>/g, ''))).toEqual({ headline: 'Women’s rowing' });
    expect(ld).toMatch(/^<script type="application\/ld\+json" data-note="&#x2014;">\{/);
  });

  it('gives V8 a one-byte string (what makes each cached response cheaper)', () => {
    // V8's serializer writes a string's own representation: tag '"' for one byte a character, 'c' for
    // two (after padding bytes that align it).
    const representation = (text: string) => {
      const bytes = v8.serialize(text);
      let at = 2;
      while (bytes[at] === 0) at++;
      return String.fromCharCode(bytes[at]!);
    };
    const html = page('<p>It’s here</p>');
    expect(representation(html)).toBe('c');
    expect(representation(oneByteHtml(html)!)).toBe('"');
    // Escaping alone is not enough: a string built from slices of a two-byte one stays two-byte.
    expect(representation(html.replace(/[\u0100-\uffff]/g, '?'))).toBe('c');
  });

  it('leaves alone pages with nothing to escape, pages mostly in another script, and pages with other raw-text elements', () => {
    expect(oneByteHtml(`<html><head><title>Café</title></head><body><p>Café at £3</p><p>${filler}</p></body></html>`)).toBeNull();
    expect(oneByteHtml(`<html><body><p>${'Η αποβάθρα ξαναχτίστηκε την άνοιξη. '.repeat(50)}</p></body></html>`)).toBeNull();
    expect(oneByteHtml(page('<style>q::before{content:"“"}</style><p>It’s here</p>'))).toBeNull();
    expect(oneByteHtml(page('<noscript>It’s here</noscript>'))).toBeNull();
  });
});
