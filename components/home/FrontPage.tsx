import { IntentLink } from '../ui/IntentLink';
import type { Teaser as TeaserData } from '@/lib/content/types';
import { LatestRail } from '../rail/LatestRail';
import { Teaser } from '../ui/Teaser';

interface Props {
  siteName: string;
  lead: TeaserData | null;
  top: TeaserData[];
  sections: { slug: string; name: string; teasers: TeaserData[] }[];
  latest: { teasers: TeaserData[]; asOf: string };
}

export function FrontPage({ siteName, lead, top, sections, latest }: Props) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-6">
      <h1 className="sr-only">{siteName}: front page</h1>
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_300px]">
        <section aria-labelledby="top-stories" className="min-w-0">
          <h2 id="top-stories" className="sr-only">
            Top stories
          </h2>
          {lead ? <Teaser teaser={lead} variant="lead" headingLevel={3} priority /> : <p>No stories have been published yet.</p>}
          {top.length > 0 ? (
            <ul className="mt-8 grid gap-8 border-t border-rule pt-6 sm:grid-cols-2">
              {top.map((t) => (
                <li key={t.id}>
                  <Teaser teaser={t} variant="card" />
                </li>
              ))}
            </ul>
          ) : null}
        </section>
        <LatestRail teasers={latest.teasers} asOf={latest.asOf} />
      </div>
      {sections.map((s) => (
        <section key={s.slug} aria-labelledby={`front-${s.slug}`} className="mt-12 border-t-4 border-ink pt-3">
          <h2 id={`front-${s.slug}`} className="mb-5 font-sans text-xl font-bold">
            <IntentLink href={`/${s.slug}`} className="hover:underline">
              {s.name}
            </IntentLink>
          </h2>
          <ul className="grid gap-8 sm:grid-cols-2 lg:grid-cols-4">
            {s.teasers.map((t) => (
              <li key={t.id}>
                <Teaser teaser={t} variant="card" showStandfirst={false} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
