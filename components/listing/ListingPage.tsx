import type { Paged, Teaser as TeaserData } from '@/lib/content/types';
import { Pagination } from '../ui/Pagination';
import { Teaser } from '../ui/Teaser';

interface Props {
  /** What kind of list this is, shown above the title ("Section", "Topic", …). */
  eyebrow: string;
  title: string;
  intro?: React.ReactNode;
  basePath: string;
  list: Paged<TeaserData>;
  aside?: React.ReactNode;
}

/** A paginated list of stories: section, tag and author pages share it. */
export function ListingPage({ eyebrow, title, intro, basePath, list, aside }: Props) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <header className="mb-8 border-b-4 border-ink pb-4">
        <p className="font-sans text-sm font-semibold tracking-wide text-accent uppercase">{eyebrow}</p>
        <h1 className="font-serif text-4xl font-bold tracking-tight md:text-5xl">{title}</h1>
        {intro ? <div className="mt-3 max-w-3xl text-lg text-ink-muted">{intro}</div> : null}
        {list.page > 1 ? <p className="mt-2 font-sans text-sm text-ink-muted">Page {list.page}</p> : null}
      </header>
      <div className={aside ? 'grid gap-10 lg:grid-cols-[minmax(0,1fr)_300px]' : ''}>
        <div>
          {list.items.length === 0 ? (
            <p className="font-sans text-ink-muted">No stories here yet.</p>
          ) : (
            <ul className="flex flex-col divide-y divide-rule">
              {list.items.map((t, i) => (
                <li key={t.id} className="py-5 first:pt-0">
                  <Teaser teaser={t} variant="row" headingLevel={2} priority={list.page === 1 && i === 0} />
                </li>
              ))}
            </ul>
          )}
          <Pagination basePath={basePath} page={list.page} totalPages={list.totalPages} />
        </div>
        {aside}
      </div>
    </div>
  );
}
