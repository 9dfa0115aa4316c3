import type { Teaser as TeaserData } from '@/lib/content/types';
import { Teaser } from '../ui/Teaser';

export function ReadAlso({ teasers }: { teasers: TeaserData[] }) {
  if (teasers.length === 0) return null;
  return (
    <section aria-labelledby="read-also" className="mt-10 border-t-2 border-ink pt-3">
      <h2 id="read-also" className="mb-4 font-sans text-lg font-bold">
        Read also
      </h2>
      <ul className="grid gap-6 sm:grid-cols-2">
        {teasers.map((t) => (
          <li key={t.id}>
            <Teaser teaser={t} variant="card" showStandfirst={false} />
          </li>
        ))}
      </ul>
    </section>
  );
}
