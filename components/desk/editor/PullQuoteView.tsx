'use client';

import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { NodeViewField } from './NodeViewField';

/** A pull quote as the article shows it, with its attribution edited underneath. */
export function PullQuoteView({ node, updateAttributes }: ReactNodeViewProps) {
  const attribution = typeof node.attrs.attribution === 'string' ? node.attrs.attribution : '';
  return (
    <NodeViewWrapper as="figure" className="my-8 border-l-4 border-accent pl-5" data-testid="rich-text-quote">
      <NodeViewContent<'blockquote'>
        as="blockquote"
        className="min-h-[1.3em] font-serif text-2xl leading-snug font-semibold italic"
      />
      <div contentEditable={false} suppressContentEditableWarning className="mt-3 max-w-sm">
        <NodeViewField
          label="Attribution"
          value={attribution}
          placeholder="Who said it (optional)"
          onChange={(value) => updateAttributes({ attribution: value || null })}
        />
      </div>
    </NodeViewWrapper>
  );
}
