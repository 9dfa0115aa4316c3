import type { Metadata } from 'next';
import { FrontPageButton } from '@/components/ui/FrontPageButton';
import { NOINDEX_FOLLOW } from '@/lib/seo/metadata';

// Not for the index (the 404 status says so too), but its links may be followed.
export const notFoundMetadata: Metadata = { title: 'Page not found', robots: NOINDEX_FOLLOW };

/** What every 404 says, inside whichever chrome the missing page would have had. */
export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-16">
      <p className="font-sans text-sm font-semibold tracking-wide text-accent uppercase">Error 404</p>
      <h1 className="mt-2 font-serif text-4xl font-bold">We can’t find that page</h1>
      <p className="mt-4 text-lg text-ink-muted">
        The story may have been moved or taken down, or the address may be mistyped. Try the front page, or search for it
        above.
      </p>
      <FrontPageButton />
    </div>
  );
}
