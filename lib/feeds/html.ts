import type { Block, Inline } from '../content/blocks.ts';
import type { ImageRef } from '../content/types.ts';
import { absoluteUrl, type SeoSite } from '../seo/urls.ts';
import { el, renderHtml, type XmlChild } from '../xml/element.ts';

/**
 * Article bodies as HTML for feed readers: the same blocks and markup as the article page
 * (components/article/ArticleBody.tsx), with absolute URLs since feed readers show items out of the site.
 * Built from the stored blocks, never from stored HTML: every text and attribute is escaped, and only
 * the block types and link schemes the body schema allows come out as markup.
 */

/** A link target readers can follow from anywhere, or null (the run then stays plain text). */
function linkTarget(site: SeoSite, href: string): string | null {
  if (href.startsWith('/') && !href.startsWith('//')) return absoluteUrl(site, href);
  if (/^https?:\/\/[^\s]+$/i.test(href) || /^mailto:[^\s]+$/i.test(href)) return href;
  return null;
}

function inline(site: SeoSite, runs: Inline[]): XmlChild[] {
  return runs.map((run) => {
    let node: XmlChild = run.text;
    if (run.bold) node = el('strong', null, node);
    if (run.italic) node = el('em', null, node);
    const href = run.href ? linkTarget(site, run.href) : null;
    if (href) node = el('a', { href }, node);
    return node;
  });
}

function imageSrc(site: SeoSite, src: string): string {
  return src.startsWith('/') && !src.startsWith('//') ? absoluteUrl(site, src) : src;
}

function block(site: SeoSite, b: Block, media: Record<number, ImageRef>): XmlChild {
  switch (b.type) {
    case 'paragraph':
      return el('p', null, inline(site, b.content));
    case 'heading':
      return el(b.level === 2 ? 'h2' : 'h3', null, b.text);
    case 'quote':
      return el('figure', null, el('blockquote', null, el('p', null, b.text)), b.attribution ? el('figcaption', null, b.attribution) : null);
    case 'list':
      return el(b.ordered ? 'ol' : 'ul', null, b.items.map((item) => el('li', null, inline(site, item))));
    case 'image': {
      const image = media[b.mediaId];
      // An image deleted from the library leaves nothing behind, as on the page.
      if (!image) return null;
      const caption = [b.caption, image.credit ? `Photo: ${image.credit}` : null].filter(Boolean).join(' ');
      return el(
        'figure',
        null,
        el('img', { src: imageSrc(site, image.src), alt: b.alt ?? image.alt, width: image.width, height: image.height }),
        caption ? el('figcaption', null, caption) : null,
      );
    }
  }
}

export function bodyHtml(site: SeoSite, body: Block[], media: Record<number, ImageRef>): string {
  return renderHtml(body.map((b) => block(site, b, media)));
}
