import { ArticleView } from '@/components/article/ArticleView';
import { config } from '@/lib/config';
import { getLatest } from '@/lib/site/content';
import type { Preview } from '@/lib/site/preview';

/** The public article layout around a preview's article (no comments thread, no related list yet). */
export async function PreviewArticle({ preview }: { preview: Preview }) {
  const { locale, timeZone, comments } = config();
  return (
    <ArticleView
      article={preview.article}
      related={[]}
      comments={null}
      commentSettings={{ maxLength: comments.maxLength, editWindowMinutes: comments.editWindowMinutes, pageSize: comments.pageSize }}
      locale={locale}
      timeZone={timeZone}
      latest={await getLatest(8)}
    />
  );
}
