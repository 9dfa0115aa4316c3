import type { SectionRef } from '@/lib/content/types';

interface Props {
  q: string;
  section: string | null;
  sections: SectionRef[];
}

const field =
  'h-11 rounded border border-ink-muted bg-paper px-3 font-sans text-base text-ink focus-visible:border-ink';

/** The search page's own form: words and an optional section. A plain GET form, no script. */
export function SearchForm({ q, section, sections }: Props) {
  return (
    <form role="search" aria-label="Search articles" action="/search" method="get" className="flex flex-wrap items-end gap-3 font-sans">
      <div className="flex min-w-0 flex-[1_1_16rem] flex-col gap-1">
        <label htmlFor="search-q" className="text-sm font-semibold">
          Search for
        </label>
        <input id="search-q" type="search" name="q" defaultValue={q} enterKeyHint="search" className={field} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="search-section" className="text-sm font-semibold">
          Section
        </label>
        <select id="search-section" name="section" defaultValue={section ?? ''} className={field}>
          <option value="">All sections</option>
          {sections.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="h-11 rounded border border-transparent bg-brand px-5 font-semibold text-brand-ink hover:underline dark:border-ink-muted">
        Search
      </button>
    </form>
  );
}
