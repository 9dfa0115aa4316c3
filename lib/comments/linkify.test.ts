import { describe, expect, it } from 'vitest';
import { linkify } from './linkify';

const link = (url: string) => ({ type: 'link', value: url, href: url });
const text = (value: string) => ({ type: 'text', value });

describe('linkify', () => {
  it('leaves plain text alone', () => {
    expect(linkify('Just words, nothing else.')).toEqual([text('Just words, nothing else.')]);
    expect(linkify('')).toEqual([]);
  });

  it('links an address in the middle of text', () => {
    expect(linkify('See https://example.com/a?b=1&c=2#d for more')).toEqual([
      text('See '),
      link('https://example.com/a?b=1&c=2#d'),
      text(' for more'),
    ]);
  });

  it('links several addresses and both schemes', () => {
    expect(linkify('http://a.test and HTTPS://B.test')).toEqual([link('http://a.test'), text(' and '), link('HTTPS://B.test')]);
  });

  it('keeps trailing punctuation outside the link', () => {
    for (const mark of ['.', ',', ';', ':', '!', '?', '...', '?!']) {
      expect(linkify(`Read https://example.com/page${mark} Then`)).toEqual([
        text('Read '),
        link('https://example.com/page'),
        text(`${mark} Then`),
      ]);
    }
  });

  it('keeps closing brackets outside unless the address opened them', () => {
    expect(linkify('(see https://example.com/x)')).toEqual([text('(see '), link('https://example.com/x'), text(')')]);
    expect(linkify('[https://example.com].')).toEqual([text('['), link('https://example.com'), text('].')]);
    expect(linkify('https://en.wikipedia.org/wiki/Tide_(disambiguation)')).toEqual([link('https://en.wikipedia.org/wiki/Tide_(disambiguation)')]);
    expect(linkify('(https://en.wikipedia.org/wiki/Tide_(x)).')).toEqual([
      text('('),
      link('https://en.wikipedia.org/wiki/Tide_(x)'),
      text(').'),
    ]);
  });

  it('never links javascript:, data: or other schemes', () => {
    for (const input of ['javascript:alert(1)', 'JavaScript:alert(document.cookie)', 'data:text/html;base64,PHNjcmlwdD4=', 'ftp://example.com', 'mailto:a@b.test', 'www.example.com']) {
      expect(linkify(input)).toEqual([text(input)]);
    }
  });

  it('links only the web address hidden after another scheme', () => {
    expect(linkify('javascript:alert(1)//https://example.com')).toEqual([text('javascript:alert(1)//'), link('https://example.com')]);
  });

  it('does not link a scheme glued to a word or without a host', () => {
    expect(linkify('xhttps://example.com')).toEqual([text('xhttps://example.com')]);
    expect(linkify('https://. and http://')).toEqual([text('https://. and http://')]);
  });

  it('keeps markup as text', () => {
    expect(linkify('<script>alert(1)</script>')).toEqual([text('<script>alert(1)</script>')]);
    expect(linkify('<a href="https://evil.test">x</a>')).toEqual([text('<a href="'), link('https://evil.test'), text('">x</a>')]);
  });

  it('ends a link at angle brackets and quotes', () => {
    expect(linkify('<https://example.com>')).toEqual([text('<'), link('https://example.com'), text('>')]);
    expect(linkify('"https://example.com"')).toEqual([text('"'), link('https://example.com'), text('"')]);
  });

  it('puts every character back', () => {
    const input = 'a https://x.test/b). c http://y.test? <d>\n\nhttps://z.test';
    expect(
      linkify(input)
        .map((s) => s.value)
        .join(''),
    ).toBe(input);
  });
});
