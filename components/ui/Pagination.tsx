import Link from 'next/link';

interface Props {
  basePath: string;
  page: number;
  totalPages: number;
}

export function pageHref(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}/page/${page}`;
}

/** Previous/next links, plus rel=prev/next in <head> (React hoists <link>). */
export function Pagination({ basePath, page, totalPages }: Props) {
  if (totalPages <= 1) return null;
  const prev = page > 1 ? pageHref(basePath, page - 1) : null;
  const next = page < totalPages ? pageHref(basePath, page + 1) : null;
  const linkClass = 'rounded border border-rule px-4 py-2 font-semibold hover:border-ink';
  return (
    <nav aria-label="Pagination" className="mt-10 flex items-center justify-between gap-4 font-sans text-sm">
      {prev ? <link rel="prev" href={prev} /> : null}
      {next ? <link rel="next" href={next} /> : null}
      {prev ? (
        <Link href={prev} className={linkClass} rel="prev">
          ← Newer
        </Link>
      ) : (
        <span />
      )}
      <span className="text-ink-muted" aria-current="page">
        Page {page} of {totalPages}
      </span>
      {next ? (
        <Link href={next} className={linkClass} rel="next">
          Older →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
