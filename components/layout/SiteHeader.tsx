import Link from 'next/link';
import type { SectionRef } from '@/lib/content/types';

interface Props {
  siteName: string;
  sections: SectionRef[];
}

export function SiteHeader({ siteName, sections }: Props) {
  return (
    <header className="border-b border-rule bg-brand text-brand-ink">
      <div className="mx-auto flex max-w-6xl items-end justify-between gap-4 px-4 pt-5 pb-3">
        <Link href="/" className="font-serif text-3xl font-bold tracking-tight no-underline md:text-5xl">
          {siteName}
        </Link>
        <p className="hidden pb-1 font-sans text-sm opacity-90 sm:block">Independent news from the Aldine Coast</p>
      </div>
      <nav aria-label="Sections" className="border-t border-white/20">
        <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 font-sans text-sm font-semibold whitespace-nowrap">
          <li>
            <Link href="/" className="block px-2 py-2.5 hover:underline">
              Home
            </Link>
          </li>
          {sections.map((s) => (
            <li key={s.slug}>
              <Link href={`/${s.slug}`} className="block px-2 py-2.5 hover:underline">
                {s.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
