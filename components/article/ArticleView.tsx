import type { Article, CommentThreadPage, Teaser } from '@/lib/content/types';
import { CommentsSection } from '../comments/CommentsSection';
import { LatestRail } from '../rail/LatestRail';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { HeroFigure } from './HeroFigure';
import { ReadAlso } from './ReadAlso';
import { TagList } from './TagList';

interface Props {
  article: Article;
  related: Teaser[];
  comments: CommentThreadPage;
  latest: { teasers: Teaser[]; asOf: string };
}

/** The article page: story column, then the latest rail (beside it on wide screens, after it on narrow ones). */
export function ArticleView({ article, related, comments, latest }: Props) {
  return (
    <div className="mx-auto grid max-w-6xl gap-10 px-4 py-6 lg:grid-cols-[minmax(0,1fr)_300px] lg:py-10">
      <div className="min-w-0 lg:max-w-[760px]">
        <article>
          <ArticleHeader article={article} />
          {article.hero ? <HeroFigure image={article.hero} /> : <div className="h-6" />}
          <ArticleBody blocks={article.body} media={article.bodyMedia} />
          <TagList tags={article.tags} />
        </article>
        <ReadAlso teasers={related} />
        <CommentsSection thread={comments} mode={article.commentsMode} />
      </div>
      <div className="lg:sticky lg:top-4 lg:self-start">
        <LatestRail teasers={latest.teasers} asOf={latest.asOf} />
      </div>
    </div>
  );
}
