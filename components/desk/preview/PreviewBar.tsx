import Link from 'next/link';
import { FrontPageButton } from '../../ui/FrontPageButton';

/** The unmistakable band over a preview: this is not what readers see yet. */
export function PreviewBar({ label, detail, actions }: { label: string; detail: string; actions?: React.ReactNode }) {
  return (
    <div role="region" aria-label="Preview" className="border-b-4 border-members bg-members-bg font-sans text-members" data-testid="preview-bar">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 text-sm">
        <p>
          <strong className="font-bold uppercase tracking-wide">{label}</strong> <span>{detail}</span>
        </p>
        {actions ? <div className="ml-auto flex gap-3">{actions}</div> : null}
      </div>
    </div>
  );
}

export function PreviewBarLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link href={href} prefetch={false} className="font-semibold underline underline-offset-2">
      {children}
    </Link>
  );
}

/** Shown instead of a preview that cannot be opened: never the draft itself. */
export function PreviewUnavailable({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="mx-auto max-w-2xl px-4 py-16">
      <p className="font-sans text-sm font-semibold tracking-wide text-accent uppercase">Preview unavailable</p>
      <h1 className="mt-2 font-serif text-4xl font-bold">{title}</h1>
      <div className="mt-4 text-lg text-ink-muted">{children}</div>
      <FrontPageButton />
    </div>
  );
}
