import { IntentLink } from '../ui/IntentLink';
import type { Article } from '@/lib/content/types';
import { Kicker } from '../ui/Kicker';
import { Time } from '../ui/Time';
import { VisibilityLabel } from '../ui/VisibilityLabel';

export function ArticleHeader({ article }: { article: Article }) {
  const revised = article.updatedAt > article.publishedAt;
  return (
    <header className="flex flex-col gap-3">
      <p className="flex items-center gap-3">
        <IntentLink href={`/${article.section.slug}`} className="font-sans text-sm font-semibold text-ink-muted hover:underline">
          {article.section.name}
        </IntentLink>
        <VisibilityLabel visibility={article.visibility} />
      </p>
      {article.kicker ? <Kicker className="text-base">{article.kicker}</Kicker> : null}
      <h1 className="font-serif text-3xl leading-tight font-bold tracking-tight text-balance md:text-5xl">{article.headline}</h1>
      {article.standfirst ? <p className="font-serif text-xl leading-snug text-ink-muted md:text-2xl">{article.standfirst}</p> : null}
      <div className="mt-2 flex flex-col gap-1 border-t border-rule pt-3 font-sans text-sm">
        {article.authors.length > 0 ? (
          <p>
            By{' '}
            {article.authors.map((a, i) => (
              <span key={a.slug}>
                {i > 0 ? (i === article.authors.length - 1 ? ' and ' : ', ') : null}
                <IntentLink href={`/author/${a.slug}`} rel="author" className="font-semibold underline-offset-2 hover:underline">
                  {a.name}
                </IntentLink>
              </span>
            ))}
            {article.authors.length === 1 && article.authors[0]?.role ? (
              <span className="text-ink-muted">, {article.authors[0].role}</span>
            ) : null}
          </p>
        ) : null}
        <p className="text-ink-muted">
          <Time iso={article.publishedAt} style="datetime" />
          {revised ? (
            <>
              {' · Updated '}
              <Time iso={article.updatedAt} style="datetime" />
            </>
          ) : null}
          {` · ${article.readingMinutes} min read`}
        </p>
      </div>
    </header>
  );
}
