import type { UploadStatus } from './useImageUpload';

/**
 * The image upload's progress and outcome, in a live region that is always in the page (a region
 * that appears together with its text is often not announced). An upload error is shown exactly
 * as `uploadImage` threw it.
 */
export function UploadStatusMessage({ status }: { status: UploadStatus }) {
  return (
    <div role="status" aria-live="polite" data-testid="rich-text-upload-status" className="font-sans text-sm">
      {status.kind === 'busy' ? (
        <p className="border-x border-b border-rule bg-paper-muted px-3 py-1.5 text-ink-muted">Uploading “{status.fileName}”…</p>
      ) : status.kind === 'done' ? (
        <p className="border-x border-b border-rule bg-paper-muted px-3 py-1.5 text-ink-muted">{status.message}</p>
      ) : status.kind === 'error' ? (
        <p className="border-x border-b border-rule bg-paper-muted px-3 py-1.5 text-accent">{status.message}</p>
      ) : null}
    </div>
  );
}
