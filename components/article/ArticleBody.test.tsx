import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ArticleBody } from './ArticleBody';

const media = { 7: { src: '/demo/images/x.jpg', width: 1600, height: 900, alt: 'Library alt', caption: null, credit: 'Photo: Desk' } };

describe('ArticleBody', () => {
  it('renders each block as semantic HTML', () => {
    const html = renderToStaticMarkup(
      <ArticleBody
        media={media}
        blocks={[
          { type: 'paragraph', content: [{ text: 'Read ' }, { text: 'this', href: '/news/other', italic: true }, { text: ' now', bold: true }] },
          { type: 'heading', level: 2, text: 'What happens next' },
          { type: 'heading', level: 3, text: 'Detail' },
          { type: 'quote', text: 'We will build it.', attribution: 'The mayor' },
          { type: 'list', ordered: true, items: [[{ text: 'first' }], [{ text: 'second' }]] },
          { type: 'list', ordered: false, items: [[{ text: 'bullet' }]] },
          { type: 'image', mediaId: 7, caption: 'The bridge at dusk' },
        ]}
      />,
    );
    expect(html).toContain('<p><span>Read </span><span><a href="/news/other"><em>this</em></a></span><span><strong> now</strong></span></p>');
    expect(html).toMatch(/<h2[^>]*>What happens next<\/h2>/);
    expect(html).toMatch(/<h3[^>]*>Detail<\/h3>/);
    expect(html).toMatch(/<blockquote[^>]*><p[^>]*>We will build it\.<\/p><\/blockquote><figcaption[^>]*>The mayor<\/figcaption>/);
    expect(html).toMatch(/<ol><li><span>first<\/span><\/li><li><span>second<\/span><\/li><\/ol>/);
    expect(html).toMatch(/<ul><li><span>bullet<\/span><\/li><\/ul>/);
    expect(html).toMatch(/<img alt="Library alt"[^>]*width="1600" height="900"/);
    expect(html).toMatch(/<figcaption[^>]*>The bridge at dusk\. <span[^>]*>Photo: Desk<\/span><\/figcaption>/);
  });

  it('escapes stored text instead of injecting it as HTML', () => {
    const html = renderToStaticMarkup(
      <ArticleBody media={{}} blocks={[{ type: 'paragraph', content: [{ text: '<script>alert(1)</script>' }] }]} />,
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('marks external links and leaves out images missing from the library', () => {
    const html = renderToStaticMarkup(
      <ArticleBody
        media={{}}
        blocks={[
          { type: 'paragraph', content: [{ text: 'source', href: 'https://example.org/report' }] },
          { type: 'image', mediaId: 99 },
        ]}
      />,
    );
    expect(html).toContain('<a href="https://example.org/report" rel="noopener">source</a>');
    expect(html).not.toContain('<figure');
  });
});
