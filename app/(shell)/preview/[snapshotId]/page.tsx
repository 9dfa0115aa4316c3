import type { Metadata } from 'next';
import { draftMode, headers } from 'next/headers';
import { Suspense } from 'react';
import { PreviewBar, PreviewBarLink, PreviewUnavailable } from '@/components/desk/preview/PreviewBar';
import { isStaff } from '@/lib/desk/roles';
import { getSessionUser } from '@/lib/site/auth';
import { getSnapshotPreview } from '@/lib/site/preview';
import { PreviewArticle } from '../render';

export const metadata: Metadata = { title: 'Preview', robots: { index: false, follow: false } };

type Params = { params: Promise<{ snapshotId: string }> };

/** An editor's "Preview": their unsaved version in the public layout, for them only, in draft mode. */
export default function SnapshotPreviewPage({ params }: Params) {
  return (
    <Suspense fallback={<p className="mx-auto max-w-6xl px-4 py-10 font-sans text-ink-muted">Loading the preview…</p>}>
      <SnapshotPreview params={params} />
    </Suspense>
  );
}

async function SnapshotPreview({ params }: Params) {
  const { snapshotId } = await params;
  const [{ isEnabled }, user] = await Promise.all([draftMode(), headers().then(getSessionUser)]);
  if (!isEnabled || !user || !isStaff(user.role)) {
    return (
      <PreviewUnavailable title="This preview is for the newsroom">
        <p>Previews open from the desk for the person who made them. Sign in with your staff account and press “Preview” again.</p>
      </PreviewUnavailable>
    );
  }
  const preview = await getSnapshotPreview(snapshotId, user.id);
  if (!preview) {
    return (
      <PreviewUnavailable title="This preview has expired">
        <p>Previews are kept for a day. Go back to the editor and press “Preview” again.</p>
      </PreviewUnavailable>
    );
  }
  return (
    <>
      <PreviewBar
        label="Preview"
        detail={`· ${preview.statusLabel} · unsaved changes included · readers do not see this version`}
        actions={
          <>
            <PreviewBarLink href={`/desk/articles/${preview.articleId}`}>Back to the editor</PreviewBarLink>
            <form action="/api/desk/preview/exit" method="get">
              <button type="submit" className="font-semibold underline underline-offset-2">
                Exit preview
              </button>
            </form>
          </>
        }
      />
      <PreviewArticle preview={preview} />
    </>
  );
}
