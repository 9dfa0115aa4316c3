import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/each-engine.ts';
import { hoursAgo, makeArticle, makeSection } from '../testing/factory.ts';
import { getShareCard } from './share-card.ts';

describeEachEngine('share card data', ({ db }) => {
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    const section = await makeSection(db(), 'harbour');
    const cases = {
      published: { status: 'published', publishedAt: hoursAgo(1) },
      draft: { status: 'draft', publishedAt: null },
      scheduled: { status: 'scheduled', publishedAt: hoursAgo(-3) },
      future: { status: 'published', publishedAt: hoursAgo(-1) },
      unpublished: { status: 'unpublished', publishedAt: hoursAgo(30) },
    } as const;
    for (const [name, input] of Object.entries(cases)) {
      ids[name] = (await makeArticle(db(), { sectionId: section.id, headline: `The ${name} story`, kicker: 'Ferries', ...input })).id;
    }
  });

  it('reads the headline, kicker and section of a published article', async () => {
    expect(await getShareCard(db(), ids.published!)).toEqual({ headline: 'The published story', kicker: 'Ferries', sectionName: 'HARBOUR' });
  });

  it('has nothing for unknown ids or articles readers may not see', async () => {
    for (const name of ['draft', 'scheduled', 'future', 'unpublished']) expect(await getShareCard(db(), ids[name]!), name).toBeNull();
    expect(await getShareCard(db(), 999_999)).toBeNull();
  });
});
