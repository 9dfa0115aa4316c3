import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { DeskShell } from '@/components/desk/DeskShell';
import { RestoreButton } from '@/components/desk/RestoreButton';
import { RevisionCompare } from '@/components/desk/RevisionCompare';
import { config } from '@/lib/config';
import { compareBodies, compareFields } from '@/lib/desk/compare';
import { capabilities } from '@/lib/desk/roles';
import { formatDateTime } from '@/lib/format';
import { getDeskArticle, getRevisionById, getRevisions } from '@/lib/site/desk';
import { DeskLoading, deskUserOr } from '../../../gate';

export const metadata = { title: 'Revision history' };

type Props = { params: Promise<{ articleId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const KIND_LABELS = { create: 'Created', save: 'Saved', autosave: 'Autosaved', workflow: 'Status changed', restore: 'Restored', ingest: 'Sent by API' } as const;

export default function RevisionsPage(props: Props) {
  return (
    <Suspense fallback={<DeskLoading />}>
      <Revisions {...props} />
    </Suspense>
  );
}

async function Revisions({ params, searchParams }: Props) {
  const { articleId } = await params;
  const gate = await deskUserOr(`/desk/articles/${articleId}/revisions`);
  if (!gate.user) return gate.refusal;
  const id = /^[1-9]\d{0,9}$/.test(articleId) && Number(articleId) <= 2_147_483_647 ? Number(articleId) : null;
  const article = id ? await getDeskArticle(id) : null;
  if (!article || !id) notFound();
  const revisions = await getRevisions(id);
  const compareParam = (await searchParams).compare;
  const compareId = typeof compareParam === 'string' && /^\d{1,10}$/.test(compareParam) ? Number(compareParam) : (revisions[1]?.id ?? revisions[0]?.id);
  const chosen = compareId ? await getRevisionById(id, compareId) : null;
  const { locale, timeZone } = config();
  const when = (iso: string) => formatDateTime(iso, { locale, timeZone });
  const chosenLabel = chosen ? `Version ${chosen.version} (${KIND_LABELS[chosen.kind].toLowerCase()} ${when(chosen.createdAt)})` : '';
  return (
    <DeskShell
      role={gate.user.role}
      title="Revision history"
      current={null}
      actions={
        <Link href={`/desk/articles/${id}`} className="font-sans text-sm font-semibold underline">
          Back to the editor
        </Link>
      }
    >
      <p className="font-serif text-xl font-bold">{article.fields.headline}</p>
      <div className="mt-6 grid gap-8 lg:grid-cols-[260px_minmax(0,1fr)]">
        <nav aria-label="Revisions">
          <ol className="grid gap-1 font-sans text-sm">
            {revisions.map((r) => (
              <li key={r.id}>
                <Link
                  href={`/desk/articles/${id}/revisions?compare=${r.id}`}
                  aria-current={r.id === chosen?.id ? 'true' : undefined}
                  className={`block rounded px-2 py-1.5 no-underline hover:underline ${r.id === chosen?.id ? 'bg-paper-muted font-semibold' : ''}`}
                >
                  Version {r.version} · {KIND_LABELS[r.kind]}
                  <span className="block text-xs text-ink-muted">
                    {when(r.createdAt)} · {r.createdByName || 'Unknown'}
                  </span>
                </Link>
              </li>
            ))}
          </ol>
        </nav>
        <div className="min-w-0">
          {chosen ? (
            <>
              <div className="mb-4 flex flex-wrap items-start justify-between gap-4">
                <h2 className="font-sans text-lg font-bold">{chosenLabel}, beside the current version</h2>
                {capabilities.publish(gate.user.role) && chosen.version !== article.version ? (
                  <RestoreButton articleId={id} revisionId={chosen.id} version={article.version} label={`version ${chosen.version}`} />
                ) : null}
              </div>
              <RevisionCompare fields={compareFields(chosen.fields, article.fields)} body={compareBodies(chosen.fields.body, article.fields.body)} leftLabel={`Version ${chosen.version}`} />
            </>
          ) : (
            <p className="font-sans">
              No revisions yet: this article has not been saved in the desk since it was imported. Its first save starts the history.
            </p>
          )}
        </div>
      </div>
    </DeskShell>
  );
}
