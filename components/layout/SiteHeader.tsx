import { IntentLink } from '../ui/IntentLink';
import type { SectionRef } from '@/lib/content/types';
import { AccountLink } from './AccountLink';
import { HeaderSearch } from './HeaderSearch';

interface Props {
  siteName: string;
  sections: SectionRef[];
}

export function SiteHeader({ siteName, sections }: Props) {
  return (
    <header className="border-b border-rule bg-brand text-brand-ink">
      <div className="mx-auto flex max-w-6xl items-end justify-between gap-2 px-4 pt-5 pb-3">
        <IntentLink href="/" className="max-w-full shrink-0 font-serif text-3xl font-bold tracking-tight no-underline md:text-5xl">
          {siteName}
        </IntentLink>
        {/* The account link sits above the tagline, so its width (a name, or "Sign in") moves nothing else.
            On narrow screens this side gives way: a long name is cut short rather than the site name wrapping. */}
        <div className="flex min-w-0 flex-col items-end gap-1">
          <AccountLink />
          <p className="hidden pb-1 font-sans text-sm opacity-90 sm:block">Independent news from the Aldine Coast</p>
        </div>
      </div>
      {/* Sections scroll sideways on narrow screens; the search box stays at the end of the row. The
          list fades out at its right edge so a cut-off row reads as one that goes on; the end padding
          and scroll padding keep the last link, and a focused one, clear of the fade, and the vertical
          padding leaves room for focus outlines, which the scrolling list would otherwise clip. */}
      <div className="border-t border-white/20">
        <div className="mx-auto flex max-w-6xl items-center gap-2 pr-4">
          <nav aria-label="Sections" className="min-w-0 flex-1">
            <ul className="flex scroll-ps-2 scroll-pe-10 gap-1 overflow-x-auto py-1.5 pr-10 pl-2 font-sans text-sm font-semibold whitespace-nowrap [mask-image:linear-gradient(to_right,#000_calc(100%-2rem),transparent)]">
              <li>
                <IntentLink href="/" className="block px-2 py-1 hover:underline">
                  Home
                </IntentLink>
              </li>
              {sections.map((s) => (
                <li key={s.slug}>
                  <IntentLink href={`/${s.slug}`} className="block px-2 py-1 hover:underline">
                    {s.name}
                  </IntentLink>
                </li>
              ))}
            </ul>
          </nav>
          <HeaderSearch />
        </div>
      </div>
    </header>
  );
}
