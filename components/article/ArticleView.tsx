import type { CommentClientSettings, CommentListResponse } from '@/lib/comments/contract';
import type { Article, Teaser } from '@/lib/content/types';
import { CommentsSection } from '../comments/CommentsSection';
import { LatestRail } from '../rail/LatestRail';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { HeroFigure } from './HeroFigure';
import { MembersOnlyBody } from './MembersOnlyBody';
import { ReadAlso } from './ReadAlso';
import { SignInPrompt } from './SignInPrompt';
import { TagList } from './TagList';

interface Props {
  article: Article;
  related: Teaser[];
  /** Null in previews: the thread only exists once the article is published. */
  comments: CommentListResponse | null;
  commentSettings: CommentClientSettings;
  locale: string;
  timeZone: string;
  latest: { teasers: Teaser[]; asOf: string };
}

/** The article page: story column, then the latest rail (beside it on wide screens, after it on narrow ones). */
export function ArticleView({ article, related, comments, commentSettings, locale, timeZone, latest }: Props) {
  return (
    <div className="mx-auto grid max-w-6xl gap-10 px-4 py-6 lg:grid-cols-[minmax(0,1fr)_300px] lg:py-10">
      <div className="min-w-0 lg:max-w-[760px]">
        <article>
          <ArticleHeader article={article} />
          {article.hero ? <HeroFigure image={article.hero} /> : <div className="h-6" />}
          {article.gated ? (
            // The class marks the gated part for structured data (isAccessibleForFree / hasPart).
            <div className="members-only">
              <MembersOnlyBody
                articleId={article.id}
                preview={<ArticleBody blocks={article.body} media={article.bodyMedia} />}
                prompt={<SignInPrompt returnPath={article.url} />}
              />
            </div>
          ) : (
            <ArticleBody blocks={article.body} media={article.bodyMedia} />
          )}
          <TagList tags={article.tags} />
        </article>
        <ReadAlso teasers={related} />
        {comments ? (
          <CommentsSection
            articleId={article.id}
            articlePath={article.url}
            mode={article.commentsMode}
            initial={comments}
            settings={commentSettings}
            locale={locale}
            timeZone={timeZone}
          />
        ) : (
          <section aria-labelledby="comments-heading" className="mt-12 border-t-2 border-ink pt-3">
            <h2 id="comments-heading" className="font-sans text-lg font-bold">
              Comments
            </h2>
            <p className="mt-2 font-sans text-sm text-ink-muted">Readers’ comments appear here once the article is published.</p>
          </section>
        )}
      </div>
      <div className="lg:sticky lg:top-4 lg:self-start">
        <LatestRail teasers={latest.teasers} asOf={latest.asOf} />
      </div>
    </div>
  );
}
