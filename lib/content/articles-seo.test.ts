import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing/each-engine.ts';
import { makeArticle, makeSection } from '../testing/factory.ts';
import { getPublishedArticle } from './articles.ts';

describeEachEngine('article search fields', ({ db }) => {
  it('reads the desk’s search title and description with the article, null when unset', async () => {
    const section = await makeSection(db());
    const plain = await makeArticle(db(), { sectionId: section.id });
    const tuned = await makeArticle(db(), { sectionId: section.id });
    await db().updateTable('articles').set({ seo_title: 'Search title', seo_description: 'Search description.' }).where('id', '=', tuned.id).execute();
    expect(await getPublishedArticle(db(), tuned.slug)).toMatchObject({ seoTitle: 'Search title', seoDescription: 'Search description.' });
    expect(await getPublishedArticle(db(), plain.slug)).toMatchObject({ seoTitle: null, seoDescription: null });
  });
});
