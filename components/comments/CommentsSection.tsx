import type { CommentsIslandProps } from '@/lib/comments/client-types';
import { formatCount } from '@/lib/format';
import { CommentItem, SignInPrompt } from './CommentItem';
import { CommentsIslandLoader } from './CommentsIslandLoader';

/** The same serialisable props the island gets: the server list and the island render one thread. */
type Props = CommentsIslandProps;

/**
 * The thread under an article. The first page is rendered here, on the server, so readers without
 * JavaScript and crawlers see it; the interactive island takes over when the reader scrolls near it.
 */
export function CommentsSection({ articleId, articlePath, mode, initial, settings, locale, timeZone }: Props) {
  const shown = initial.comments.length;
  return (
    <section
      id="comments"
      aria-labelledby="comments-heading"
      data-article-id={articleId}
      data-nosnippet=""
      className="mt-12 scroll-mt-4 border-t-2 border-ink pt-3"
    >
      <h2 id="comments-heading" className="font-sans text-lg font-bold">
        Comments <span className="font-normal text-ink-muted">({formatCount(initial.total, locale)})</span>
      </h2>
      {mode === 'closed' ? (
        <p className="mt-2 font-sans text-sm text-ink-muted">Comments are closed on this article.</p>
      ) : mode === 'premoderated' ? (
        <p className="mt-2 font-sans text-sm text-ink-muted">Comments on this article are checked by our moderators before they appear.</p>
      ) : null}
      <CommentsIslandLoader
        articleId={articleId}
        articlePath={articlePath}
        mode={mode}
        initial={initial}
        settings={settings}
        locale={locale}
        timeZone={timeZone}
      >
        <div className="mt-4">
          {mode !== 'closed' ? <SignInPrompt articlePath={articlePath} /> : null}
          {shown === 0 ? (
            <p className="mt-4 font-sans text-ink-muted">No comments yet.</p>
          ) : (
            <ul className="mt-2 divide-y divide-rule">
              {initial.comments.map((c) => (
                <CommentItem key={c.id} comment={c} locale={locale} timeZone={timeZone} />
              ))}
            </ul>
          )}
          {initial.nextCursor ? (
            <p className="mt-4 font-sans text-sm text-ink-muted">
              Showing the newest {formatCount(shown, locale)} conversations of {formatCount(initial.total, locale)} comments.
            </p>
          ) : null}
        </div>
      </CommentsIslandLoader>
    </section>
  );
}
