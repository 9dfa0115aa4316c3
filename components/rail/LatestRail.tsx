import { IntentLink } from '../ui/IntentLink';
import type { Teaser } from '@/lib/content/types';
import { CommentCount } from '../ui/CommentCount';
import { Kicker } from '../ui/Kicker';
import { Time } from '../ui/Time';
import { VisibilityLabel } from '../ui/VisibilityLabel';

interface Props {
  teasers: Teaser[];
  /** When the list was read; relative times count from here. */
  asOf: string;
}

/** "Latest": the newest stories across the site, as a numbered rail of teasers. */
export function LatestRail({ teasers, asOf }: Props) {
  return (
    <aside aria-labelledby="latest-heading" className="border-t-4 border-accent pt-3">
      <h2 id="latest-heading" className="mb-3 font-sans text-lg font-bold">
        Latest
      </h2>
      <ol className="flex flex-col divide-y divide-rule">
        {teasers.map((t) => (
          <li key={t.id} className="py-3">
            <article className="flex flex-col gap-1">
              <p className="flex items-center gap-2 font-sans text-xs text-ink-muted">
                <Time iso={t.publishedAt} style="relative" now={asOf} className="font-semibold text-ink" />
                {t.visibility === 'members' ? <VisibilityLabel visibility="members" /> : null}
                <CommentCount count={t.commentCount} href={t.url} />
              </p>
              {t.kicker ? <Kicker className="text-xs">{t.kicker}</Kicker> : null}
              <h3 className="font-serif text-base leading-snug font-bold">
                <IntentLink href={t.url} className="headline-link">
                  {t.headline}
                </IntentLink>
              </h3>
              {t.standfirst ? <p className="line-clamp-2 text-sm leading-snug text-ink-muted">{t.standfirst}</p> : null}
            </article>
          </li>
        ))}
      </ol>
    </aside>
  );
}
