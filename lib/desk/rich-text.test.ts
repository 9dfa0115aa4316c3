import { describe, expect, it } from 'vitest';
import { bodySchema, type Block } from '../content/blocks.ts';
import { blocksToDoc, docToBlocks, isAllowedHref, type DocJSON, type DocNode, type MediaPreview } from './rich-text.ts';

const media: Record<number, MediaPreview> = {
  7: { src: '/media/7.webp', width: 1600, height: 900, alt: 'The bridge from the river' },
  8: { src: '/media/8.jpg', width: 800, height: 1200, alt: 'A portrait' },
};

const doc = (...content: DocNode[]): DocJSON => ({ type: 'doc', content });
const p = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const t = (text: string, ...marks: DocNode['marks'] & object): DocNode => (marks.length ? { type: 'text', text, marks } : { type: 'text', text });
const bold = { type: 'bold' };
const italic = { type: 'italic' };
const link = (href: string) => ({ type: 'link', attrs: { href, target: null, rel: 'noopener' } });
const br: DocNode = { type: 'hardBreak' };
const li = (...content: DocNode[]): DocNode => ({ type: 'listItem', content });

/** docToBlocks, asserting that what it returns is a valid stored body. */
function toBlocks(d: DocJSON): Block[] {
  const blocks = docToBlocks(d);
  const parsed = bodySchema.safeParse(blocks);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  return blocks;
}

const everything: Block[] = [
  {
    type: 'paragraph',
    content: [
      { text: 'Plain, ' },
      { text: 'bold', bold: true },
      { text: ', ' },
      { text: 'italic', italic: true },
      { text: ', ' },
      { text: 'both', bold: true, italic: true },
      { text: ', a ' },
      { text: 'section link', href: '/news' },
      { text: ' and an ' },
      { text: 'external bold link', bold: true, href: 'https://example.org/report?a=1' },
      { text: ' or ' },
      { text: 'mail', href: 'mailto:desk@example.org' },
      { text: '.' },
    ],
  },
  { type: 'heading', level: 2, text: 'What happens next' },
  { type: 'heading', level: 3, text: 'The detail' },
  { type: 'quote', text: 'We will build it.', attribution: 'The mayor' },
  { type: 'quote', text: 'Unattributed words.' },
  { type: 'list', ordered: false, items: [[{ text: 'first ' }, { text: 'bullet', bold: true }], [{ text: 'second' }]] },
  { type: 'list', ordered: true, items: [[{ text: 'one', italic: true }], [{ text: 'two', href: '/two' }]] },
  { type: 'image', mediaId: 7, caption: 'The bridge at dusk' },
  { type: 'image', mediaId: 8, alt: 'The chief engineer, smiling' },
];

describe('blocksToDoc / docToBlocks', () => {
  it('round-trips a body with every block type, every mark and links', () => {
    const d = blocksToDoc(everything, media);
    expect(toBlocks(d)).toEqual(everything);
    // And the JSON survives serialisation (what the editor actually hands back is a copy).
    expect(toBlocks(JSON.parse(JSON.stringify(d)) as DocJSON)).toEqual(everything);
  });

  it('builds the editor nodes the desk extensions define', () => {
    const d = blocksToDoc(everything, media);
    expect(d.type).toBe('doc');
    expect(d.content[0]?.content?.[9]).toEqual({
      type: 'text',
      text: 'external bold link',
      marks: [{ type: 'bold' }, { type: 'link', attrs: { href: 'https://example.org/report?a=1' } }],
    });
    expect(d.content[1]).toEqual({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'What happens next' }] });
    expect(d.content[3]).toEqual({
      type: 'pullQuote',
      attrs: { attribution: 'The mayor' },
      content: [{ type: 'text', text: 'We will build it.' }],
    });
    expect(d.content[4]?.attrs).toEqual({ attribution: null });
    expect(d.content[5]?.type).toBe('bulletList');
    expect(d.content[6]?.type).toBe('orderedList');
    expect(d.content[6]?.content?.[0]).toEqual({
      type: 'listItem',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one', marks: [{ type: 'italic' }] }] }],
    });
    expect(d.content[7]).toEqual({
      type: 'mediaImage',
      attrs: { mediaId: 7, src: '/media/7.webp', width: 1600, height: 900, alt: 'The bridge from the river', mediaAlt: 'The bridge from the river', caption: 'The bridge at dusk' },
    });
    // A per-article alt overrides the library's in the editor.
    expect(d.content[8]?.attrs).toMatchObject({ alt: 'The chief engineer, smiling', mediaAlt: 'A portrait', caption: '' });
  });

  it('gives an empty body one empty paragraph to type in, which converts back to nothing', () => {
    const d = blocksToDoc([], media);
    expect(d).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(toBlocks(d)).toEqual([]);
  });

  it('keeps an image whose media is not loaded, with empty preview attributes', () => {
    const d = blocksToDoc([{ type: 'image', mediaId: 99, alt: 'Kept' }], media);
    expect(d.content[0]?.attrs).toEqual({ mediaId: 99, src: '', width: 0, height: 0, alt: 'Kept', mediaAlt: '', caption: '' });
    expect(toBlocks(d)).toEqual([{ type: 'image', mediaId: 99, alt: 'Kept' }]);
  });
});

describe('docToBlocks rules', () => {
  it('drops empty and whitespace-only paragraphs, headings and quotes', () => {
    const blocks = toBlocks(
      doc(
        { type: 'paragraph' },
        p(),
        p(t('   ')),
        p(br),
        p(t('kept')),
        { type: 'heading', attrs: { level: 2 } },
        { type: 'heading', attrs: { level: 3 }, content: [t(' ')] },
        { type: 'pullQuote', attrs: { attribution: 'Nobody' } },
        { type: 'bulletList', content: [li(p()), li({ type: 'paragraph' })] },
      ),
    );
    expect(blocks).toEqual([{ type: 'paragraph', content: [{ text: 'kept' }] }]);
  });

  it('drops empty items from a list but keeps the others', () => {
    expect(toBlocks(doc({ type: 'orderedList', content: [li(p()), li(p(t('only')))] }))).toEqual([
      { type: 'list', ordered: true, items: [[{ text: 'only' }]] },
    ]);
  });

  it('merges adjacent runs with identical marks, whatever the mark order', () => {
    const blocks = toBlocks(
      doc(
        p(
          t('Hel'),
          t('lo '),
          t('wo', bold, italic),
          t('rld', italic, bold),
          t(' and '),
          t('li', link('/a')),
          t('nk', link('/a')),
          t('other', link('/b')),
        ),
      ),
    );
    expect(blocks).toEqual([
      {
        type: 'paragraph',
        content: [
          { text: 'Hello ' },
          { text: 'world', bold: true, italic: true },
          { text: ' and ' },
          { text: 'link', href: '/a' },
          { text: 'other', href: '/b' },
        ],
      },
    ]);
  });

  it('does not merge runs whose marks differ', () => {
    expect(toBlocks(doc(p(t('a', bold), t('b', italic), t('c', bold, link('/c')), t('d'))))).toEqual([
      {
        type: 'paragraph',
        content: [{ text: 'a', bold: true }, { text: 'b', italic: true }, { text: 'c', bold: true, href: '/c' }, { text: 'd' }],
      },
    ]);
  });

  it('maps heading level 1 to 2 and levels 4 and deeper to 3, as plain text', () => {
    const heading = (level: number | undefined, ...content: DocNode[]): DocNode => ({
      type: 'heading',
      ...(level === undefined ? {} : { attrs: { level } }),
      content,
    });
    expect(
      toBlocks(
        doc(
          heading(1, t('One')),
          heading(2, t('Two')),
          heading(3, t('Three')),
          heading(4, t('Four')),
          heading(5, t('Five')),
          heading(6, t('Six ', bold), t('marks', italic, link('/x'))),
          heading(undefined, t('Default')),
        ),
      ),
    ).toEqual([
      { type: 'heading', level: 2, text: 'One' },
      { type: 'heading', level: 2, text: 'Two' },
      { type: 'heading', level: 3, text: 'Three' },
      { type: 'heading', level: 3, text: 'Four' },
      { type: 'heading', level: 3, text: 'Five' },
      { type: 'heading', level: 3, text: 'Six marks' },
      { type: 'heading', level: 2, text: 'Default' },
    ]);
  });

  it('turns links the block schema refuses into plain text, merged with their neighbours', () => {
    const refused = ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'example.org', 'ftp://example.org/f', 'HTTPS://EXAMPLE.ORG', '', '#top'];
    for (const href of refused) {
      expect(isAllowedHref(href), href).toBe(false);
      expect(toBlocks(doc(p(t('see '), t('this', link(href)), t(' now'))))).toEqual([
        { type: 'paragraph', content: [{ text: 'see this now' }] },
      ]);
    }
    // A refused link keeps its other marks.
    expect(toBlocks(doc(p(t('x', bold, link('javascript:void(0)')))))).toEqual([{ type: 'paragraph', content: [{ text: 'x', bold: true }] }]);
    // A link mark without an href at all is plain text too.
    expect(toBlocks(doc(p(t('y', { type: 'link' }))))).toEqual([{ type: 'paragraph', content: [{ text: 'y' }] }]);
  });

  it('keeps relative, http(s) and mailto links (trimmed)', () => {
    for (const href of ['/news/a', 'http://example.org', 'https://example.org/x#y', 'mailto:a@example.org']) {
      expect(isAllowedHref(href), href).toBe(true);
      expect(toBlocks(doc(p(t('go', link(href)))))).toEqual([{ type: 'paragraph', content: [{ text: 'go', href }] }]);
    }
    expect(toBlocks(doc(p(t('go', link('  /padded ')))))).toEqual([{ type: 'paragraph', content: [{ text: 'go', href: '/padded' }] }]);
  });

  it('turns hard breaks into a space', () => {
    expect(toBlocks(doc(p(t('line one'), br, t('line two')), { type: 'heading', attrs: { level: 2 }, content: [t('Head'), br, t('line')] }))).toEqual([
      { type: 'paragraph', content: [{ text: 'line one line two' }] },
      { type: 'heading', level: 2, text: 'Head line' },
    ]);
    // Inside marked text the space carries the break's marks, so the run stays whole.
    expect(toBlocks(doc(p(t('a', bold), { type: 'hardBreak', marks: [bold] }, t('b', bold))))).toEqual([
      { type: 'paragraph', content: [{ text: 'a b', bold: true }] },
    ]);
  });

  it('flattens nested lists into the text of their parent item', () => {
    const nested = doc({
      type: 'bulletList',
      content: [
        li(
          p(t('Parent')),
          {
            type: 'orderedList',
            content: [li(p(t('child '), t('one', bold))), li(p(t('child two')), { type: 'bulletList', content: [li(p(t('grandchild')))] })],
          },
        ),
        li(p(t('Sibling'))),
      ],
    });
    expect(toBlocks(nested)).toEqual([
      {
        type: 'list',
        ordered: false,
        items: [[{ text: 'Parent child ' }, { text: 'one', bold: true }, { text: ' child two grandchild' }], [{ text: 'Sibling' }]],
      },
    ]);
  });

  it('joins several paragraphs of one list item with a space', () => {
    expect(toBlocks(doc({ type: 'orderedList', content: [li(p(t('first')), p(), p(t('second')))] }))).toEqual([
      { type: 'list', ordered: true, items: [[{ text: 'first second' }]] },
    ]);
  });

  it('keeps the quote attribution of a pull quote, trimmed, and omits an empty one', () => {
    expect(
      toBlocks(
        doc(
          { type: 'pullQuote', attrs: { attribution: '  The mayor ' }, content: [t('Words', italic), br, t('more')] },
          { type: 'pullQuote', attrs: { attribution: '   ' }, content: [t('No one said this')] },
          { type: 'pullQuote', content: [t('No attrs at all')] },
        ),
      ),
    ).toEqual([
      { type: 'quote', text: 'Words more', attribution: 'The mayor' },
      { type: 'quote', text: 'No one said this' },
      { type: 'quote', text: 'No attrs at all' },
    ]);
  });

  it('reads a plain blockquote, whose last paragraph starting with an em dash is the attribution', () => {
    expect(
      toBlocks(
        doc(
          { type: 'blockquote', content: [p(t('First part.')), p(t('Second part.')), p(t('— A. Source'))] },
          { type: 'blockquote', content: [p(t('— Only a dash line'))] },
          { type: 'blockquote', content: [p(t('No attribution here.'))] },
          { type: 'blockquote', content: [p()] },
        ),
      ),
    ).toEqual([
      { type: 'quote', text: 'First part. Second part.', attribution: 'A. Source' },
      { type: 'quote', text: '— Only a dash line' },
      { type: 'quote', text: 'No attribution here.' },
    ]);
  });

  it('stores an image alt only when it differs from the library alt, and a caption only when set', () => {
    const image = (attrs: Record<string, unknown>): DocNode => ({ type: 'mediaImage', attrs });
    expect(
      toBlocks(
        doc(
          image({ mediaId: 7, src: '/m.jpg', width: 1, height: 1, alt: 'Library alt', mediaAlt: 'Library alt', caption: '' }),
          image({ mediaId: 7, alt: ' Edited alt ', mediaAlt: 'Library alt', caption: ' A caption ' }),
          image({ mediaId: 7, alt: '', mediaAlt: 'Library alt', caption: '   ' }),
          image({ mediaId: '8', alt: 'String id' }),
          image({ mediaId: 0, alt: 'zero' }),
          image({ mediaId: null }),
          image({ mediaId: 2.5 }),
          { type: 'mediaImage' },
        ),
      ),
    ).toEqual([
      { type: 'image', mediaId: 7 },
      { type: 'image', mediaId: 7, alt: 'Edited alt', caption: 'A caption' },
      { type: 'image', mediaId: 7 },
      { type: 'image', mediaId: 8, alt: 'String id' },
    ]);
  });

  it('keeps the text of nodes the body has no block for, and drops rules', () => {
    expect(
      toBlocks(
        doc(
          { type: 'codeBlock', attrs: { language: null }, content: [t('let x = 1;')] },
          { type: 'horizontalRule' },
          { type: 'mystery' },
          t('stray text at the top level'),
        ),
      ),
    ).toEqual([
      { type: 'paragraph', content: [{ text: 'let x = 1;' }] },
      { type: 'paragraph', content: [{ text: 'stray text at the top level' }] },
    ]);
  });

  it('always returns a valid body, whatever the document', () => {
    // A deterministic pseudo-random generator: the same documents on every run.
    // mulberry32
    let seed = 42;
    const rand = (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
      return Math.floor((((x ^ (x >>> 14)) >>> 0) / 4294967296) * n);
    };
    const pick = <T,>(items: readonly T[]): T => items[rand(items.length)] as T;
    const texts = ['', ' ', 'word', ' spaced ', '—', 'x'];
    const marks = [bold, italic, link('/ok'), link('javascript:x'), link(''), { type: 'strike' }];
    const inline = (): DocNode =>
      rand(6) === 0 ? br : t(pick(texts), ...Array.from({ length: rand(3) }, () => pick(marks)));
    const inlines = () => Array.from({ length: rand(4) }, inline);
    const block = (depth: number): DocNode => {
      switch (rand(depth > 2 ? 5 : 8)) {
        case 0:
          return p(...inlines());
        case 1:
          return { type: 'heading', attrs: { level: rand(8) }, content: inlines() };
        case 2:
          return { type: 'pullQuote', attrs: { attribution: pick([null, '', ' ', 'Someone']) }, content: inlines() };
        case 3:
          return { type: 'mediaImage', attrs: { mediaId: pick([1, 0, -1, 7, null, 'x']), alt: pick(texts), mediaAlt: pick(texts), caption: pick(texts) } };
        case 4:
          return { type: pick(['codeBlock', 'horizontalRule', 'mystery']), content: inlines() };
        case 5:
        case 6:
          return {
            type: pick(['bulletList', 'orderedList']),
            content: Array.from({ length: rand(4) }, () => li(...Array.from({ length: rand(3) }, () => block(depth + 1)))),
          };
        default:
          return { type: 'blockquote', content: Array.from({ length: rand(4) }, () => block(depth + 1)) };
      }
    };
    for (let i = 0; i < 300; i++) {
      const d = doc(...Array.from({ length: rand(8) }, () => block(0)));
      const blocks = toBlocks(d);
      // And a valid body converts to a document and back unchanged.
      expect(toBlocks(blocksToDoc(blocks, media))).toEqual(blocks);
    }
  });
});
