import type { Visibility } from '@/lib/content/types';

export function VisibilityLabel({ visibility, className = '' }: { visibility: Visibility; className?: string }) {
  if (visibility === 'members') {
    return (
      <span
        className={`inline-flex items-center gap-1 rounded-sm bg-members-bg px-1.5 py-0.5 font-sans text-xs font-semibold tracking-wide text-members uppercase ${className}`}
      >
        <svg aria-hidden="true" width="10" height="10" viewBox="0 0 10 10" fill="currentColor">
          <path d="M5 0a2.6 2.6 0 0 0-2.6 2.6V4H2a1 1 0 0 0-1 1v4a1 1 0 0 0 1 1h6a1 1 0 0 0 1-1V5a1 1 0 0 0-1-1h-.4V2.6A2.6 2.6 0 0 0 5 0Zm-1.4 4V2.6a1.4 1.4 0 1 1 2.8 0V4Z" />
        </svg>
        Members
      </span>
    );
  }
  return (
    <span className={`font-sans text-xs font-semibold tracking-wide text-ink-muted uppercase ${className}`}>Public</span>
  );
}
