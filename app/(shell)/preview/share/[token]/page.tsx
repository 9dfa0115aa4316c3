import type { Metadata } from 'next';
import { Suspense } from 'react';
import { PreviewBar, PreviewUnavailable } from '@/components/desk/preview/PreviewBar';
import { config } from '@/lib/config';
import { formatDateTime } from '@/lib/format';
import { getSharedPreview } from '@/lib/site/preview';
import { PreviewArticle } from '../../render';

export const metadata: Metadata = { title: 'Shared preview', robots: { index: false, follow: false }, referrer: 'no-referrer' };

type Params = { params: Promise<{ token: string }> };

const REASONS = {
  invalid: {
    title: 'This preview link does not work',
    text: 'The link is incomplete or has been altered. Ask the person who sent it for a new one.',
  },
  expired: { title: 'This preview link has expired', text: 'Shared previews work for a limited time. Ask the newsroom for a new link.' },
  revoked: { title: 'This preview link was withdrawn', text: 'The newsroom has switched this link off. Ask them for a new one if you still need it.' },
} as const;

/** A shared draft for someone without an account: signed, expiring, revocable. */
export default function SharedPreviewPage({ params }: Params) {
  return (
    <Suspense fallback={<p className="mx-auto max-w-6xl px-4 py-10 font-sans text-ink-muted">Loading the preview…</p>}>
      <SharedPreview params={params} />
    </Suspense>
  );
}

async function SharedPreview({ params }: Params) {
  const result = await getSharedPreview((await params).token);
  if ('ok' in result) {
    const reason = REASONS[result.reason];
    return (
      <PreviewUnavailable title={reason.title}>
        <p>{reason.text}</p>
      </PreviewUnavailable>
    );
  }
  const { locale, timeZone } = config();
  return (
    <>
      <PreviewBar
        label="Shared preview"
        detail={`· ${result.statusLabel} · not published · this link expires ${formatDateTime(result.expiresAt, { locale, timeZone })}`}
      />
      <PreviewArticle preview={result} />
    </>
  );
}
