import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { ArticleEditor } from '@/components/desk/article-editor/ArticleEditor';
import { DeskShell } from '@/components/desk/DeskShell';
import { config } from '@/lib/config';
import { getDeskArticle, getDeskChoices, getShareLinks } from '@/lib/site/desk';
import { DeskLoading, deskUserOr } from '../../gate';

export const metadata = { title: 'Edit article' };

type Params = { params: Promise<{ articleId: string }> };

export default function EditArticlePage({ params }: Params) {
  return (
    <Suspense fallback={<DeskLoading />}>
      <EditArticle params={params} />
    </Suspense>
  );
}

async function EditArticle({ params }: Params) {
  const { articleId } = await params;
  const gate = await deskUserOr(`/desk/articles/${articleId}`);
  if (!gate.user) return gate.refusal;
  const id = /^[1-9]\d{0,9}$/.test(articleId) ? Number(articleId) : NaN;
  const article = id <= 2_147_483_647 ? await getDeskArticle(id) : null;
  if (!article) notFound();
  const [{ sections, authors }, shareLinks] = await Promise.all([getDeskChoices(), getShareLinks(id)]);
  const { locale, timeZone } = config();
  return (
    <DeskShell role={gate.user.role} title="Edit article" current={null}>
      <ArticleEditor
        key={article.id}
        initial={article}
        blank={article.fields}
        sections={sections}
        authors={authors}
        user={gate.user}
        shareLinks={shareLinks}
        locale={locale}
        timeZone={timeZone}
      />
    </DeskShell>
  );
}
