import type { CommentsIslandProps } from '@/lib/comments/client-types';
import { formatCount } from '@/lib/format';
import { CommentsIslandLoader } from './CommentsIslandLoader';

/** The same serialisable props the island gets: the server list and the island render one thread. */
type Props = CommentsIslandProps;

/**
 * The thread under an article. Its first page is in the server HTML (ThreadPreview, inside the
 * loader), so readers without JavaScript and crawlers see it; the interactive island takes over
 * when the reader scrolls near it.
 */
export function CommentsSection({ articleId, articlePath, mode, initial, settings, locale, timeZone }: Props) {
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
      />
    </section>
  );
}
