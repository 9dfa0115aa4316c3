import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SearchForm } from '@/components/search/SearchForm';
import { SearchResults } from '@/components/search/SearchResults';
import { SEARCH_MAX_PAGE } from '@/lib/content/search';
import { parseSearchQuery } from '@/lib/content/search-query';
import { NOINDEX_FOLLOW } from '@/lib/seo/metadata';
import { getSections } from '@/lib/site/content';
import { searchSite } from '@/lib/site/search';

/*
 * Site search. The page reads searchParams, so everything that depends on them renders at request
 * time inside <Suspense>; the results come from a cached read tagged `latest` (lib/site/search.ts),
 * so they are shared between readers yet refreshed by every publish, edit and unpublish.
 */

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Result pages are for readers, not for search engines' indexes; their links are followed. */
export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { text } = parseSearchQuery(one((await searchParams).q));
  const shown = [...text].length > 60 ? `${[...text].slice(0, 60).join('').trimEnd()}…` : text;
  return { title: shown ? `Search results for “${shown}”` : 'Search', robots: NOINDEX_FOLLOW };
}

export default function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="mb-6 border-b-4 border-ink pb-4 font-serif text-4xl font-bold tracking-tight md:text-5xl">Search</h1>
      <div className="max-w-4xl">
        <Suspense fallback={<SearchForm q="" section={null} sections={[]} />}>
          <Search searchParams={searchParams} />
        </Suspense>
      </div>
    </div>
  );
}

async function Search({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const query = parseSearchQuery(one(params.q));
  const sections = await getSections();
  // An unknown section is ignored rather than silently finding nothing.
  const section = sections.find((s) => s.slug === one(params.section)) ?? null;
  const page = Math.min(Math.max(Math.trunc(Number(one(params.page))) || 1, 1), SEARCH_MAX_PAGE);
  // Only searchable queries reach the cache: junk input creates no entries.
  const results = query.problem ? null : await searchSite(query.text, section?.slug ?? null, page);
  return (
    <>
      <SearchForm q={query.text} section={section?.slug ?? null} sections={sections} />
      <div className="mt-8">
        <SearchResults query={query} results={results} section={section} page={page} />
      </div>
    </>
  );
}
