import { describe, expect, it } from 'vitest';
import { bodySchema, bodyText, parseBody } from './blocks.ts';

describe('body blocks', () => {
  it('parses every block type', () => {
    const body = [
      { type: 'paragraph', content: [{ text: 'A ' }, { text: 'link', href: '/news/x', bold: true }] },
      { type: 'heading', level: 2, text: 'Sub' },
      { type: 'quote', text: 'Said', attribution: 'Someone' },
      { type: 'list', ordered: true, items: [[{ text: 'one' }], [{ text: 'two' }]] },
      { type: 'image', mediaId: 3, caption: 'Cap' },
    ];
    expect(parseBody(JSON.stringify(body))).toEqual(body);
  });

  it('rejects unknown types and unsafe links', () => {
    expect(bodySchema.safeParse([{ type: 'html', html: '<script>' }]).success).toBe(false);
    expect(bodySchema.safeParse([{ type: 'paragraph', content: [{ text: 'x', href: 'javascript:alert(1)' }] }]).success).toBe(false);
    expect(bodySchema.safeParse([{ type: 'heading', level: 1, text: 'Two h1s' }]).success).toBe(false);
  });

  it('extracts plain text', () => {
    const text = bodyText([
      { type: 'paragraph', content: [{ text: 'One ' }, { text: 'two' }] },
      { type: 'list', ordered: false, items: [[{ text: 'a' }], [{ text: 'b' }]] },
      { type: 'image', mediaId: 1 },
    ]);
    expect(text).toBe('One two\n\na\nb');
  });
});
