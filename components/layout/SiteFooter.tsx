import { IntentLink } from '../ui/IntentLink';
import type { SectionRef } from '@/lib/content/types';

export function SiteFooter({ siteName, sections }: { siteName: string; sections: SectionRef[] }) {
  return (
    <footer className="mt-16 border-t-4 border-brand bg-paper-muted font-sans text-sm text-ink-muted">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 sm:grid-cols-[2fr_3fr]">
        <div>
          <p className="font-serif text-2xl font-bold text-ink">{siteName}</p>
          <p className="mt-2 max-w-sm">Reporting for the Aldine Coast. Demo content written for this project; all people and places are fictional.</p>
        </div>
        {/* No sections (the 404 for unknown addresses, a page still loading them): no empty landmark. */}
        {sections.length > 0 ? (
          <nav aria-label="Footer">
            <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3">
              {sections.map((s) => (
                <li key={s.slug}>
                  <IntentLink href={`/${s.slug}`} className="text-ink hover:underline">
                    {s.name}
                  </IntentLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </div>
    </footer>
  );
}
