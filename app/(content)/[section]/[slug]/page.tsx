import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article/ArticleView';
import { JsonLd } from '@/components/seo/JsonLd';
import { config } from '@/lib/config';
import { articleMetadata } from '@/lib/seo/metadata';
import { articleBreadcrumbJsonLd, newsArticleJsonLd } from '@/lib/seo/structured-data';
import { seoSite } from '@/lib/seo/urls';
import { getArticle, getComments, getLatest, getRelated } from '@/lib/site/content';
import { PLACEHOLDER_PARAM } from '@/lib/site/static-params';

// Rendered on the first request, then served from the cache until a tag revalidates it;
// 'navigation' also makes unknown slugs a real 404 rather than a streamed page.
export const ensureStatic = 'navigation';

export function generateStaticParams() {
  return [{ section: PLACEHOLDER_PARAM, slug: PLACEHOLDER_PARAM }];
}

type Params = { params: Promise<{ section: string; slug: string }> };

async function load({ params }: Params) {
  const { section, slug } = await params;
  if (slug === PLACEHOLDER_PARAM) return null;
  const article = await getArticle(slug);
  return article && article.section.slug === section ? article : null;
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  const article = await load(props);
  return article ? articleMetadata(article, seoSite(config())) : {};
}

export default async function ArticlePage(props: Params) {
  const article = await load(props);
  if (!article) notFound();
  const [related, comments, latest] = await Promise.all([
    getRelated(article.id, article.section.slug, article.tags.map((t) => t.slug)),
    getComments(article.id),
    getLatest(8),
  ]);
  const { locale, timeZone, comments: settings } = config();
  const site = seoSite(config());
  return (
    <>
      <JsonLd data={[newsArticleJsonLd(article, site), articleBreadcrumbJsonLd(article, site)]} />
      <ArticleView
        article={article}
        related={related}
        comments={comments}
        commentSettings={{ maxLength: settings.maxLength, editWindowMinutes: settings.editWindowMinutes, pageSize: settings.pageSize }}
        locale={locale}
        timeZone={timeZone}
        latest={latest}
      />
    </>
  );
}
