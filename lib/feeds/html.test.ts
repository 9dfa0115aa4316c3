import { describe, expect, it } from 'vitest';
import type { Block } from '../content/blocks.ts';
import { bodyHtml } from './html.ts';

const site = { url: 'https://news.example.com', name: 'The Example', locale: 'en-GB' };
const media = { 7: { src: '/media/abc.jpg', width: 1600, height: 900, alt: 'A "quoted" alt', caption: null, credit: 'Desk & Co' } };

describe('bodyHtml', () => {
  it('renders every block type with the page markup and absolute URLs', () => {
    const body: Block[] = [
      { type: 'paragraph', content: [{ text: 'Read ' }, { text: 'this', bold: true, italic: true, href: '/news/other' }, { text: '.' }] },
      { type: 'heading', level: 2, text: 'Sub' },
      { type: 'heading', level: 3, text: 'Minor' },
      { type: 'quote', text: 'We will build it.', attribution: 'The mayor' },
      { type: 'list', ordered: true, items: [[{ text: 'one' }], [{ text: 'two', href: 'https://example.org/x?a=1&b=2' }]] },
      { type: 'image', mediaId: 7, caption: 'The bridge' },
    ];
    expect(bodyHtml(site, body, media)).toBe(
      '<p>Read <a href="https://news.example.com/news/other"><em><strong>this</strong></em></a>.</p>' +
        '<h2>Sub</h2><h3>Minor</h3>' +
        '<figure><blockquote><p>We will build it.</p></blockquote><figcaption>The mayor</figcaption></figure>' +
        '<ol><li>one</li><li><a href="https://example.org/x?a=1&amp;b=2">two</a></li></ol>' +
        '<figure><img src="https://news.example.com/media/abc.jpg" alt="A &quot;quoted&quot; alt" width="1600" height="900">' +
        '<figcaption>The bridge Photo: Desk &amp; Co</figcaption></figure>',
    );
  });

  it('escapes stored text: markup typed into an article stays text', () => {
    const body: Block[] = [{ type: 'paragraph', content: [{ text: '<script>alert("x")</script> & ]]>' }] }];
    expect(bodyHtml(site, body, {})).toBe('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; ]]&gt;</p>');
  });

  it('keeps only links readers can follow from a feed reader; others stay plain text', () => {
    const runs = ['javascript:alert(1)', '//evil.example/x', 'mailto:desk@example.com', 'data:text/html,x'].map((href) => ({ text: href, href }));
    const html = bodyHtml(site, [{ type: 'paragraph', content: runs }], {});
    expect(html).toBe('<p>javascript:alert(1)//evil.example/x<a href="mailto:desk@example.com">mailto:desk@example.com</a>data:text/html,x</p>');
  });

  it('leaves out an image whose media is gone', () => {
    expect(bodyHtml(site, [{ type: 'image', mediaId: 99 }], {})).toBe('');
  });
});
