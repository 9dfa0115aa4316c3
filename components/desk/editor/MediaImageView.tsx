'use client';

import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { NodeViewField } from './NodeViewField';
import { buttonClass } from './styles';

const str = (value: unknown) => (typeof value === 'string' ? value : '');
const num = (value: unknown) => (typeof value === 'number' && value > 0 ? value : undefined);

/** A library image in the body: the picture, its alt text and caption, and a way to remove it. */
export function MediaImageView({ node, selected, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const src = str(node.attrs.src);
  const alt = str(node.attrs.alt);
  const mediaId = Number(node.attrs.mediaId);
  return (
    <NodeViewWrapper
      as="figure"
      data-testid="rich-text-image"
      data-media-id={mediaId}
      className={`my-8 rounded-sm not-italic ${selected ? 'outline-3 outline-offset-4 outline-(--focus)' : ''}`}
    >
      <div contentEditable={false} suppressContentEditableWarning className="grid gap-3">
        {src ? (
          // The desk shows the library file as is; the public page serves it through next/image.
          // eslint-disable-next-line @next/next/no-img-element
          <img
            src={src}
            alt={alt}
            width={num(node.attrs.width)}
            height={num(node.attrs.height)}
            className="h-auto w-full bg-paper-muted"
            draggable={false}
          />
        ) : (
          <p className="rounded border border-dashed border-rule bg-paper-muted p-6 font-sans text-sm text-ink-muted">
            Image #{mediaId} is not available in the media library.
          </p>
        )}
        <div className="grid gap-3 sm:grid-cols-2">
          <NodeViewField
            label="Alt text"
            required
            value={alt}
            hint="Describes the picture for readers who cannot see it."
            onChange={(value) => updateAttributes({ alt: value })}
          />
          <NodeViewField label="Caption" value={str(node.attrs.caption)} onChange={(value) => updateAttributes({ caption: value })} />
        </div>
        <div>
          <button
            type="button"
            onClick={deleteNode}
            className={buttonClass}
          >
            Remove image
          </button>
        </div>
      </div>
    </NodeViewWrapper>
  );
}
