import { describe, expect, it } from 'vitest';
import { bodySchema } from '../content/blocks.ts';
import { allowedHref, markdownToBlocks, parseInline } from './markdown.ts';

const para = (...content: object[]) => ({ type: 'paragraph', content });

describe('Markdown to body blocks', () => {
  it('splits paragraphs on blank lines and joins wrapped lines with spaces', () => {
    expect(markdownToBlocks('First line\nstill first.\n\n\nSecond.\r\n')).toEqual([para({ text: 'First line still first.' }), para({ text: 'Second.' })]);
    expect(markdownToBlocks('   \n\n')).toEqual([]);
  });

  it('maps # and ## to level-2 headings and ### or deeper to level 3', () => {
    expect(markdownToBlocks('# Top\n## Second ##\n### Third\n###### Sixth\n\nText')).toEqual([
      { type: 'heading', level: 2, text: 'Top' },
      { type: 'heading', level: 2, text: 'Second' },
      { type: 'heading', level: 3, text: 'Third' },
      { type: 'heading', level: 3, text: 'Sixth' },
      para({ text: 'Text' }),
    ]);
    // Setext underlines, and headings keep their text without marks.
    expect(markdownToBlocks('The **big** one\n===\n\nSmaller\n---')).toEqual([
      { type: 'heading', level: 2, text: 'The big one' },
      { type: 'heading', level: 2, text: 'Smaller' },
    ]);
    // "#hashtag" is not a heading.
    expect(markdownToBlocks('#hashtag')).toEqual([para({ text: '#hashtag' })]);
  });

  it('reads bold and italic with both delimiters, nested, but not inside words for underscores', () => {
    expect(parseInline('a **bold** and __strong__ word')).toEqual([
      { text: 'a ' },
      { text: 'bold', bold: true },
      { text: ' and ' },
      { text: 'strong', bold: true },
      { text: ' word' },
    ]);
    expect(parseInline('*one* and _two_')).toEqual([{ text: 'one', italic: true }, { text: ' and ' }, { text: 'two', italic: true }]);
    expect(parseInline('***both*** **bold *and italic***')).toEqual([
      { text: 'both', bold: true, italic: true },
      { text: ' ' },
      { text: 'bold ', bold: true },
      { text: 'and italic', bold: true, italic: true },
    ]);
    expect(parseInline('*a **b** c*')).toEqual([{ text: 'a ', italic: true }, { text: 'b', bold: true, italic: true }, { text: ' c', italic: true }]);
    expect(parseInline('snake_case_name and 2 * 3 * 4 and **unclosed')).toEqual([{ text: 'snake_case_name and 2 * 3 * 4 and **unclosed' }]);
    expect(parseInline('\\*not italic\\* and `*code*`')).toEqual([{ text: '*not italic* and *code*' }]);
  });

  it('keeps http(s), site-relative and mailto links; other targets become their text', () => {
    expect(parseInline('See [the report](https://example.com/a_(b)) or [us](/about "About") or [mail](mailto:desk@example.com).')).toEqual([
      { text: 'See ' },
      { text: 'the report', href: 'https://example.com/a_(b)' },
      { text: ' or ' },
      { text: 'us', href: '/about' },
      { text: ' or ' },
      { text: 'mail', href: 'mailto:desk@example.com' },
      { text: '.' },
    ]);
    expect(parseInline('[click](javascript:alert(1)) [data](data:text/html,x) [rel](page.html) [proto](//evil.example)')).toEqual([
      { text: 'click data rel proto' },
    ]);
    expect(parseInline('[**bold** link](https://example.com)')).toEqual([
      { text: 'bold', bold: true, href: 'https://example.com' },
      { text: ' link', href: 'https://example.com' },
    ]);
    expect(parseInline('<https://example.com/x> and <b>tag</b>')).toEqual([
      { text: 'https://example.com/x', href: 'https://example.com/x' },
      { text: ' and <b>tag</b>' },
    ]);
    expect(parseInline('![A chart](https://example.com/c.png)')).toEqual([{ text: 'A chart' }]);
    expect(allowedHref('HTTPS://EXAMPLE.COM')).toBe(true);
    expect(allowedHref('ftp://example.com')).toBe(false);
  });

  it('makes bulleted and numbered lists, with continuation lines and flattened nesting', () => {
    expect(markdownToBlocks('- one\n- **two**\n  continued\n  - nested\n* star\n\n1. first\n2) second\n\n+ plus')).toEqual([
      { type: 'list', ordered: false, items: [[{ text: 'one' }], [{ text: 'two', bold: true }, { text: ' continued' }], [{ text: 'nested' }], [{ text: 'star' }]] },
      { type: 'list', ordered: true, items: [[{ text: 'first' }], [{ text: 'second' }]] },
      { type: 'list', ordered: false, items: [[{ text: 'plus' }]] },
    ]);
    // A list straight after a paragraph line interrupts it.
    expect(markdownToBlocks('Intro:\n- a\n- b')).toEqual([para({ text: 'Intro:' }), { type: 'list', ordered: false, items: [[{ text: 'a' }], [{ text: 'b' }]] }]);
  });

  it('makes quotes, with a last line "— Name" or "-- Name" as the attribution', () => {
    expect(markdownToBlocks('> We will *not* give up\n> on this.\n> — Jane Doe, mayor')).toEqual([
      { type: 'quote', text: 'We will not give up on this.', attribution: 'Jane Doe, mayor' },
    ]);
    expect(markdownToBlocks('> Short.\n>\n> -- Someone')).toEqual([{ type: 'quote', text: 'Short.', attribution: 'Someone' }]);
    expect(markdownToBlocks('> No attribution here.\n\nAfter.')).toEqual([{ type: 'quote', text: 'No attribution here.' }, para({ text: 'After.' })]);
    expect(markdownToBlocks('> One.\n>\n> Two.')).toEqual([{ type: 'quote', text: 'One.\n\nTwo.' }]);
  });

  it('never passes raw HTML through: tags stay literal text', () => {
    expect(markdownToBlocks('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>')).toEqual([
      para({ text: '<script>alert(1)</script>' }),
      para({ text: '<img src=x onerror=alert(1)>' }),
    ]);
  });

  it('turns code into plain paragraphs and drops rules', () => {
    expect(markdownToBlocks('```js\nconst a = **1**;\n```\n\n---\n\n    indented <b>')).toEqual([para({ text: 'const a = **1**;' }), para({ text: 'indented <b>' })]);
  });

  it('always produces a valid body', () => {
    const messy = '# \n\n**\n\n[](https://x.example)\n\n- \n\n> \n\n_ _\n\n*a*b*c* __x__y ***';
    expect(bodySchema.safeParse(markdownToBlocks(messy)).success).toBe(true);
  });
});
