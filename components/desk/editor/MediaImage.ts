import { mergeAttributes, Node } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { MEDIA_IMAGE } from '@/lib/desk/rich-text';
import { MediaImageView } from './MediaImageView';

/** Reads attributes back from the HTML that `renderHTML` writes (copy and paste within the editor). */
function fromFigure(read: (figure: HTMLElement, img: HTMLImageElement | null) => unknown) {
  return (element: HTMLElement) => read(element, element.querySelector('img'));
}

const toNumber = (value: string | null | undefined) => {
  const n = Number(value);
  return Number.isFinite(n) ? n : 0;
};

/**
 * An image from the media library: an atom node whose attributes are the body block
 * (mediaId, alt, caption) plus what the desk needs to show it (src, width, height, and the
 * library's own alt so that an unchanged alt is not stored as an override).
 * Only figures this editor wrote are parsed: a pasted <img> from elsewhere has no media id.
 */
export const MediaImage = Node.create({
  name: MEDIA_IMAGE,
  group: 'block',
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes() {
    return {
      mediaId: {
        default: null,
        parseHTML: fromFigure((figure) => toNumber(figure.getAttribute('data-media-id')) || null),
        renderHTML: (attrs: { mediaId?: number | null }) => ({ 'data-media-id': attrs.mediaId }),
      },
      src: { default: '', parseHTML: fromFigure((_, img) => img?.getAttribute('src') ?? ''), rendered: false },
      width: { default: 0, parseHTML: fromFigure((_, img) => toNumber(img?.getAttribute('width'))), rendered: false },
      height: { default: 0, parseHTML: fromFigure((_, img) => toNumber(img?.getAttribute('height'))), rendered: false },
      alt: { default: '', parseHTML: fromFigure((_, img) => img?.getAttribute('alt') ?? ''), rendered: false },
      mediaAlt: {
        default: '',
        parseHTML: fromFigure((figure) => figure.getAttribute('data-media-alt') ?? ''),
        renderHTML: (attrs: { mediaAlt?: string }) => ({ 'data-media-alt': attrs.mediaAlt ?? '' }),
      },
      caption: {
        default: '',
        parseHTML: fromFigure((figure) => figure.querySelector('figcaption')?.textContent ?? ''),
        rendered: false,
      },
    };
  },

  parseHTML() {
    return [{ tag: 'figure[data-media-id]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const { src, width, height, alt, caption } = node.attrs as Record<string, string | number>;
    const img = ['img', { src, width, height, alt }] as const;
    return caption
      ? ['figure', mergeAttributes(HTMLAttributes), img, ['figcaption', {}, String(caption)]]
      : ['figure', mergeAttributes(HTMLAttributes), img];
  },

  addNodeView() {
    return ReactNodeViewRenderer(MediaImageView);
  },
});
