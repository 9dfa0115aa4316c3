import Link from 'next/link';
import type { SearchResults as Results } from '@/lib/content/search';
import { QUERY_MAX_CHARS, QUERY_MAX_WORDS, QUERY_MIN_CHARS, type SearchQuery } from '@/lib/content/search-query';
import type { SectionRef } from '@/lib/content/types';
import { Teaser } from '../ui/Teaser';
import { searchHref } from './search-href';
import { Snippet } from './Snippet';

interface Props {
  query: SearchQuery;
  /** Null when the query was not searchable (see query.problem). */
  results: Results | null;
  /** The section searched within, if any. */
  section: SectionRef | null;
  /** The page asked for (results may have fewer). */
  page: number;
}

const note = 'font-sans text-base text-ink-muted';
const quoted = (text: string) => `“${text}”`;

/** Results, or what to do instead: every outcome of a search says something useful. */
export function SearchResults({ query, results, section, page }: Props) {
  switch (query.problem) {
    case 'empty':
      return <p className={note}>Search headlines, stories and topics across the site.</p>;
    case 'too-short':
      return <Problem>Type at least {QUERY_MIN_CHARS} characters to search.</Problem>;
    case 'too-long':
      return (
        <Problem>
          That search is too long. Use at most {QUERY_MAX_CHARS} characters and {QUERY_MAX_WORDS} words (not counting words such as
          “the”): a few distinctive words work best.
        </Problem>
      );
    case 'no-words':
      return (
        <Problem>
          {quoted(query.text)} has no words we can search for. Try a name, a place or a topic, such as “harbour” or “council budget”.
        </Problem>
      );
  }
  if (!results) return null;
  const within = section ? ` in ${section.name}` : '';

  if (results.total === 0) {
    return (
      <div className="font-sans">
        <p className="text-lg font-semibold">
          No articles match {quoted(query.text)}
          {within}.
        </p>
        <ul className="mt-3 list-disc space-y-1 ps-6 text-ink-muted">
          <li>Check the spelling, or try a different word for the same thing.</li>
          <li>Use fewer or more general words.</li>
          {section ? (
            <li>
              <Link href={searchHref({ q: query.text })} className="text-accent underline">
                Search all sections for {quoted(query.text)}
              </Link>
            </li>
          ) : null}
          <li>
            Or browse the latest stories on the{' '}
            <Link href="/" className="text-accent underline">
              front page
            </Link>
            .
          </li>
        </ul>
      </div>
    );
  }

  if (results.items.length === 0) {
    return (
      <p className={note}>
        There is no page {page} of results for {quoted(query.text)}.{' '}
        <Link href={searchHref({ q: query.text, section: section?.slug })} className="text-accent underline">
          Go to the first page
        </Link>
      </p>
    );
  }

  return (
    <div>
      <p className="mb-6 font-sans text-sm text-ink-muted">
        {results.total} {results.total === 1 ? 'result' : 'results'} for {quoted(query.text)}
        {within}
        {results.totalPages > 1 ? `, page ${results.page} of ${results.totalPages}` : ''}
      </p>
      <ol className="flex flex-col divide-y divide-rule">
        {results.items.map((hit) => (
          <li key={hit.id} className="py-5 first:pt-0">
            <Teaser teaser={hit} variant="row" headingLevel={2} summary={hit.snippet.length > 0 ? <Snippet runs={hit.snippet} /> : null} />
          </li>
        ))}
      </ol>
      <SearchPagination q={query.text} section={section?.slug ?? null} page={results.page} totalPages={results.totalPages} />
    </div>
  );
}

function Problem({ children }: { children: React.ReactNode }) {
  return <p className="rounded border-l-4 border-accent bg-paper-muted px-4 py-3 font-sans text-base">{children}</p>;
}

function SearchPagination({ q, section, page, totalPages }: { q: string; section: string | null; page: number; totalPages: number }) {
  if (totalPages <= 1) return null;
  const linkClass = 'rounded border border-rule px-4 py-2 font-semibold hover:border-ink';
  return (
    <nav aria-label="Search results pages" className="mt-10 flex items-center justify-between gap-4 font-sans text-sm">
      {page > 1 ? (
        <Link href={searchHref({ q, section, page: page - 1 })} className={linkClass} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="text-ink-muted">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={searchHref({ q, section, page: page + 1 })} className={linkClass} rel="next">
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
