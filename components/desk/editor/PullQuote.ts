import { mergeAttributes, Node } from '@tiptap/core';
import { Fragment, type Schema } from '@tiptap/pm/model';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { PULL_QUOTE } from '@/lib/desk/rich-text';
import { PullQuoteView } from './PullQuoteView';

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * The paragraphs of a pasted blockquote, and its attribution: a figcaption around it (as the
 * public article page renders quotes) or a last paragraph starting with an em dash.
 */
function readQuote(element: HTMLElement): { paragraphs: string[]; attribution: string | null } {
  const blockquote = element.matches('blockquote') ? element : element.querySelector(':scope > blockquote');
  const ps = blockquote ? Array.from(blockquote.querySelectorAll('p')).map((p) => clean(p.textContent)) : [];
  const paragraphs = ps.length ? ps.filter(Boolean) : [clean(blockquote?.textContent)].filter(Boolean);
  const caption = clean(element.querySelector(':scope > figcaption')?.textContent);
  if (caption) return { paragraphs, attribution: caption };
  const last = paragraphs.at(-1);
  if (paragraphs.length > 1 && last?.startsWith('—')) {
    return { paragraphs: paragraphs.slice(0, -1), attribution: clean(last.replace(/^—\s*/, '')) || null };
  }
  return { paragraphs, attribution: null };
}

function quoteContent(element: HTMLElement, schema: Schema): Fragment {
  const text = readQuote(element).paragraphs.join(' ');
  return text ? Fragment.from(schema.text(text)) : Fragment.empty;
}

/**
 * The body's quote block: plain text (no marks) plus an `attribution` attribute.
 * Serialised as <figure data-pull-quote data-attribution="…"><blockquote>…</blockquote></figure>
 * so that copy and paste inside the editor keeps the attribution.
 */
export const PullQuote = Node.create({
  name: PULL_QUOTE,
  group: 'block',
  content: 'inline*',
  marks: '',
  defining: true,

  addAttributes() {
    return {
      attribution: {
        default: null,
        parseHTML: (element: HTMLElement) =>
          element.hasAttribute('data-pull-quote') ? element.getAttribute('data-attribution') || null : readQuote(element).attribution,
        renderHTML: (attributes: { attribution?: string | null }) =>
          attributes.attribution ? { 'data-attribution': attributes.attribution } : {},
      },
    };
  },

  parseHTML() {
    return [
      { tag: 'figure[data-pull-quote]', contentElement: 'blockquote' },
      // A quote copied from the public article page: <figure><blockquote><p>…</p></blockquote><figcaption>.
      {
        tag: 'figure',
        getAttrs: (element: HTMLElement) => (element.querySelector(':scope > blockquote') ? null : false),
        getContent: (element, schema) => quoteContent(element as HTMLElement, schema),
      },
      // Any other blockquote: its paragraphs become one quote instead of splitting it.
      { tag: 'blockquote', getContent: (element, schema) => quoteContent(element as HTMLElement, schema) },
    ];
  },

  renderHTML({ HTMLAttributes }) {
    return ['figure', mergeAttributes({ 'data-pull-quote': '' }, HTMLAttributes), ['blockquote', 0]];
  },

  addNodeView() {
    return ReactNodeViewRenderer(PullQuoteView);
  },
});
