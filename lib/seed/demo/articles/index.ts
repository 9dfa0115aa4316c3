import type { DemoArticle } from '../types.ts';
import { businessArticles } from './business.ts';
import { climateArticles } from './climate.ts';
import { cultureArticles } from './culture.ts';
import { newsArticles } from './news.ts';
import { politicsArticles } from './politics.ts';
import { scienceArticles } from './science.ts';
import { sportArticles } from './sport.ts';

/** Every demo article, in section order. Publication times come from `publishedHoursAgo`, not from this order. */
export const demoArticles: DemoArticle[] = [
  ...newsArticles,
  ...politicsArticles,
  ...businessArticles,
  ...climateArticles,
  ...scienceArticles,
  ...cultureArticles,
  ...sportArticles,
];
