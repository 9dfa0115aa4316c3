/**
 * The masthead's search box: a plain GET form to /search, so it works without script. Colours
 * come from the masthead (brand / brand-ink); the focus ring turns white on navy (globals.css).
 */
export function HeaderSearch() {
  return (
    <form role="search" aria-label="Site search" action="/search" method="get" className="flex shrink-0 items-center py-1.5 font-sans">
      <label htmlFor="site-search-q" className="sr-only">
        Search the site
      </label>
      <input
        id="site-search-q"
        type="search"
        name="q"
        required
        enterKeyHint="search"
        placeholder="Search"
        className="h-8 w-28 min-w-0 rounded-l border border-r-0 border-brand-ink/50 bg-brand-ink/10 px-2 text-sm text-brand-ink placeholder:text-brand-ink/75 sm:w-48"
      />
      <button
        type="submit"
        className="flex h-8 w-9 items-center justify-center rounded-r border border-brand-ink/50 bg-brand-ink/20 text-brand-ink hover:bg-brand-ink/30"
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4" fill="none" stroke="currentColor" strokeWidth="2">
          <circle cx="7" cy="7" r="4.5" />
          <path d="m10.5 10.5 3.5 3.5" strokeLinecap="round" />
        </svg>
        <span className="sr-only">Search</span>
      </button>
    </form>
  );
}
