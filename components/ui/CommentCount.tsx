import { IntentLink } from './IntentLink';

/** "12 comments" with a speech-bubble icon, linking to the thread. Nothing when there are none. */
export function CommentCount({ count, href }: { count: number; href: string }) {
  if (count <= 0) return null;
  return (
    <IntentLink href={`${href}#comments`} className="inline-flex items-center gap-1 hover:underline">
      <svg aria-hidden="true" width="12" height="12" viewBox="0 0 12 12" fill="currentColor">
        <path d="M1 1h10a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1H5l-3 2.5V9H1a1 1 0 0 1-1-1V2a1 1 0 0 1 1-1Z" />
      </svg>
      {count}
      <span className="sr-only">{count === 1 ? ' comment' : ' comments'}</span>
    </IntentLink>
  );
}
