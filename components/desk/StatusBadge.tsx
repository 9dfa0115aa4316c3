import { STATUS_LABELS, type ArticleStatus } from '@/lib/desk/workflow';

const TONE: Record<ArticleStatus, string> = {
  draft: 'border-ink-muted text-ink-muted',
  review: 'border-members text-members bg-members-bg',
  scheduled: 'border-brand text-brand dark:text-ink dark:border-ink',
  published: 'border-transparent bg-brand text-brand-ink',
  unpublished: 'border-accent text-accent',
};

export function StatusBadge({ status }: { status: ArticleStatus }) {
  return (
    <span className={`inline-block rounded border px-2 py-0.5 font-sans text-xs font-semibold whitespace-nowrap uppercase ${TONE[status]}`}>
      {STATUS_LABELS[status]}
    </span>
  );
}
