import { Suspense } from 'react';
import { ArticleEditor } from '@/components/desk/article-editor/ArticleEditor';
import { DeskShell } from '@/components/desk/DeskShell';
import { config } from '@/lib/config';
import { getDeskChoices } from '@/lib/site/desk';
import { DeskLoading, deskUserOr } from '../../gate';

export const metadata = { title: 'New article' };

export default function NewArticlePage() {
  return (
    <Suspense fallback={<DeskLoading />}>
      <NewArticle />
    </Suspense>
  );
}

async function NewArticle() {
  const gate = await deskUserOr('/desk/articles/new');
  if (!gate.user) return gate.refusal;
  const { sections, authors } = await getDeskChoices();
  const { locale, timeZone } = config();
  const blank = {
    headline: '',
    kicker: null,
    standfirst: null,
    slug: '',
    section: sections[0]?.slug ?? '',
    tags: [],
    authors: [],
    body: [],
    hero: null,
    visibility: 'public' as const,
    commentsMode: null,
    seoTitle: null,
    seoDescription: null,
  };
  return (
    <DeskShell role={gate.user.role} title="New article" current="new">
      <ArticleEditor initial={null} blank={blank} sections={sections} authors={authors} user={gate.user} shareLinks={[]} locale={locale} timeZone={timeZone} />
    </DeskShell>
  );
}
