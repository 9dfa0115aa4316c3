import { IntentLink } from './IntentLink';
import type { Teaser as TeaserData } from '@/lib/content/types';
import { CommentCount } from './CommentCount';
import { Kicker } from './Kicker';
import { OptimizedImage } from './OptimizedImage';
import { Time } from './Time';
import { VisibilityLabel } from './VisibilityLabel';

type Variant = 'lead' | 'card' | 'row' | 'compact';

interface Props {
  teaser: TeaserData;
  variant: Variant;
  headingLevel?: 2 | 3;
  /** The front page's lead image is the LCP element: load it first. */
  priority?: boolean;
  showStandfirst?: boolean;
  /** Shown in place of the standfirst (search results quote where the reader's words occur). */
  summary?: React.ReactNode;
}

const headlineSize: Record<Variant, string> = {
  lead: 'text-3xl leading-tight md:text-4xl',
  card: 'text-xl leading-snug',
  row: 'text-xl leading-snug md:text-2xl',
  compact: 'text-lg leading-snug',
};

const imageSizes: Record<Variant, string> = {
  lead: '(min-width: 1024px) 760px, 100vw',
  card: '(min-width: 1024px) 300px, (min-width: 640px) 50vw, 100vw',
  row: '(min-width: 640px) 260px, 100vw',
  compact: '0px',
};

/** A story on a front or list: kicker, headline (the link), standfirst, time, visibility. */
export function Teaser({ teaser, variant, headingLevel = 3, priority = false, showStandfirst = true, summary }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const withImage = teaser.hero && variant !== 'compact';
  return (
    // A row without a picture gives its text the whole width rather than the image column.
    <article className={variant === 'row' && withImage ? 'grid gap-4 sm:grid-cols-[260px_1fr]' : 'flex flex-col gap-2'}>
      {withImage && teaser.hero ? (
        <OptimizedImage
          src={teaser.hero.src}
          alt=""
          width={teaser.hero.width}
          height={teaser.hero.height}
          sizes={imageSizes[variant]}
          priority={priority}
          className="aspect-[16/9] w-full bg-paper-muted object-cover"
        />
      ) : null}
      <div className="flex flex-col gap-1.5">
        <Heading className={`font-serif font-bold ${headlineSize[variant]}`}>
          <IntentLink href={teaser.url} className="headline-link">
            {teaser.kicker ? (
              <>
                <Kicker>{teaser.kicker}</Kicker>
                <span className="text-accent" aria-hidden="true">
                  {' / '}
                </span>
              </>
            ) : null}
            {teaser.headline}
          </IntentLink>
        </Heading>
        {summary ??
          (showStandfirst && teaser.standfirst && variant !== 'compact' ? (
            <p className="text-base leading-relaxed text-ink-muted">{teaser.standfirst}</p>
          ) : null)}
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 font-sans text-xs text-ink-muted">
          <Time iso={teaser.publishedAt} style="date" />
          <VisibilityLabel visibility={teaser.visibility} />
          <CommentCount count={teaser.commentCount} href={teaser.url} />
        </p>
      </div>
    </article>
  );
}
