import type { Block } from '@/lib/content/blocks';
import type { ImageRef } from '@/lib/content/types';
import { Caption } from '../ui/Caption';
import { OptimizedImage } from '../ui/OptimizedImage';
import { RichText } from './RichText';

interface Props {
  blocks: Block[];
  media: Record<number, ImageRef>;
}

/** Renders stored body blocks to semantic HTML. */
export function ArticleBody({ blocks, media }: Props) {
  return (
    <div className="prose-article font-serif text-lg leading-[1.65] md:text-[1.2rem]">
      {blocks.map((block, i) => (
        <BodyBlock key={i} block={block} media={media} />
      ))}
    </div>
  );
}

function BodyBlock({ block, media }: { block: Block; media: Record<number, ImageRef> }) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p>
          <RichText content={block.content} />
        </p>
      );
    case 'heading':
      return block.level === 2 ? (
        <h2 className="mt-8 mb-3 font-serif text-2xl font-bold leading-snug">{block.text}</h2>
      ) : (
        <h3 className="mt-6 mb-2 font-sans text-lg font-bold">{block.text}</h3>
      );
    case 'quote':
      return (
        <figure className="my-8 border-l-4 border-accent pl-5">
          <blockquote className="font-serif text-2xl leading-snug font-semibold italic">
            <p className="mb-0!">{block.text}</p>
          </blockquote>
          {block.attribution ? (
            <figcaption className="mt-2 font-sans text-sm text-ink-muted">{block.attribution}</figcaption>
          ) : null}
        </figure>
      );
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List>
          {block.items.map((item, i) => (
            <li key={i}>
              <RichText content={item} />
            </li>
          ))}
        </List>
      );
    }
    case 'image': {
      const image = media[block.mediaId];
      // An image deleted from the library leaves no broken figure behind.
      if (!image) return null;
      return (
        <figure className="my-8">
          <OptimizedImage
            src={image.src}
            alt={block.alt ?? image.alt}
            width={image.width}
            height={image.height}
            sizes="(min-width: 768px) 680px, 100vw"
            className="h-auto w-full bg-paper-muted"
          />
          <Caption caption={block.caption} credit={image.credit} />
        </figure>
      );
    }
  }
}
