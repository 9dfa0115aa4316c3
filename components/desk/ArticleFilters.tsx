import Link from 'next/link';
import { DESK_SORTS, type DeskListFilter } from '@/lib/desk/list';
import { STATUS_LABELS } from '@/lib/desk/workflow';
import { buttonClass, inputClass, labelClass } from './ui';

const SORT_LABELS: Record<(typeof DESK_SORTS)[number], string> = {
  updated: 'Last change',
  published: 'Publication time',
  headline: 'Headline A–Z',
};

/** A plain GET form: filters live in the URL, so they work without JavaScript and can be shared. */
export function ArticleFilters({
  filter,
  sections,
  authors,
}: {
  filter: DeskListFilter;
  sections: { slug: string; name: string }[];
  authors: { slug: string; name: string }[];
}) {
  return (
    <form method="get" action="/desk" role="search" aria-label="Filter articles" className="mb-6 grid gap-3 rounded border border-rule bg-paper-muted p-4 sm:grid-cols-2 lg:grid-cols-6">
      <div className="lg:col-span-2">
        <label htmlFor="filter-q" className={labelClass}>
          Headline or slug contains
        </label>
        <input id="filter-q" name="q" type="search" defaultValue={filter.q ?? ''} className={inputClass} />
      </div>
      <div>
        <label htmlFor="filter-status" className={labelClass}>
          Status
        </label>
        <select id="filter-status" name="status" defaultValue={filter.status ?? ''} className={inputClass}>
          <option value="">Any</option>
          {Object.entries(STATUS_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-section" className={labelClass}>
          Section
        </label>
        <select id="filter-section" name="section" defaultValue={filter.section ?? ''} className={inputClass}>
          <option value="">Any</option>
          {sections.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-author" className={labelClass}>
          Author
        </label>
        <select id="filter-author" name="author" defaultValue={filter.author ?? ''} className={inputClass}>
          <option value="">Any</option>
          {authors.map((a) => (
            <option key={a.slug} value={a.slug}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-sort" className={labelClass}>
          Sort by
        </label>
        <select id="filter-sort" name="sort" defaultValue={filter.sort ?? 'updated'} className={inputClass}>
          {DESK_SORTS.map((s) => (
            <option key={s} value={s}>
              {SORT_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-6">
        <button type="submit" className={buttonClass}>
          Apply filters
        </button>
        <Link href="/desk" className="font-sans text-sm font-semibold underline">
          Clear
        </Link>
      </div>
    </form>
  );
}
