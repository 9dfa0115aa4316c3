import Link from 'next/link';
import { Suspense } from 'react';
import { ArticleFilters } from '@/components/desk/ArticleFilters';
import { ArticleTable } from '@/components/desk/ArticleTable';
import { DeskShell } from '@/components/desk/DeskShell';
import { buttonClass } from '@/components/desk/ui';
import { config } from '@/lib/config';
import { DESK_SORTS, type DeskListFilter } from '@/lib/desk/list';
import { STATUS_LABELS, type ArticleStatus } from '@/lib/desk/workflow';
import { getDeskChoices, getDeskList } from '@/lib/site/desk';
import { DeskLoading, deskUserOr } from './gate';

export const metadata = { title: 'Articles' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export default function DeskHome({ searchParams }: { searchParams: SearchParams }) {
  return (
    <Suspense fallback={<DeskLoading />}>
      <ArticleList searchParams={searchParams} />
    </Suspense>
  );
}

async function ArticleList({ searchParams }: { searchParams: SearchParams }) {
  const gate = await deskUserOr('/desk');
  if (!gate.user) return gate.refusal;
  const sp = await searchParams;
  const status = one(sp.status);
  const sort = one(sp.sort);
  const filter: DeskListFilter = {
    status: status && status in STATUS_LABELS ? (status as ArticleStatus) : undefined,
    section: one(sp.section),
    author: one(sp.author),
    q: one(sp.q)?.slice(0, 200),
    sort: DESK_SORTS.find((s) => s === sort) ?? 'updated',
    page: Math.min(Math.max(Number(one(sp.page)) || 1, 1), 10_000),
  };
  const [list, choices] = await Promise.all([getDeskList(filter), getDeskChoices()]);
  const { locale, timeZone } = config();
  const pageLink = (page: number) => {
    const params = new URLSearchParams(Object.entries({ ...filter, page: String(page) }).filter((e): e is [string, string] => Boolean(e[1])));
    return `/desk?${params}`;
  };
  return (
    <DeskShell
      role={gate.user.role}
      title="Articles"
      current="articles"
      actions={
        <Link href="/desk/articles/new" className={buttonClass}>
          New article
        </Link>
      }
    >
      <ArticleFilters filter={filter} sections={choices.sections} authors={choices.authors} />
      <p className="mb-3 font-sans text-sm text-ink-muted" aria-live="polite">
        {list.total} {list.total === 1 ? 'article' : 'articles'}
      </p>
      <ArticleTable items={list.items} locale={locale} timeZone={timeZone} />
      {list.totalPages > 1 ? (
        <nav aria-label="Pages" className="mt-6 flex items-center gap-4 font-sans text-sm">
          {list.page > 1 ? <Link href={pageLink(list.page - 1)} className="underline">Previous page</Link> : null}
          <span>
            Page {list.page} of {list.totalPages}
          </span>
          {list.page < list.totalPages ? <Link href={pageLink(list.page + 1)} className="underline">Next page</Link> : null}
        </nav>
      ) : null}
    </DeskShell>
  );
}
