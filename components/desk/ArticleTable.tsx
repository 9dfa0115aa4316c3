import Link from 'next/link';
import type { DeskListItem } from '@/lib/desk/list';
import { formatDateTime } from '@/lib/format';
import { StatusBadge } from './StatusBadge';

/** The desk's list of articles: headline (to the editor), status, section, byline, times. */
export function ArticleTable({ items, locale, timeZone }: { items: DeskListItem[]; locale: string; timeZone: string }) {
  if (items.length === 0) return <p className="font-sans text-ink-muted">No articles match these filters.</p>;
  const when = (iso: string) => formatDateTime(iso, { locale, timeZone });
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[720px] border-collapse font-sans text-sm">
        <caption className="sr-only">Articles</caption>
        <thead>
          <tr className="border-b-2 border-ink text-left">
            <th scope="col" className="py-2 pr-3">Headline</th>
            <th scope="col" className="py-2 pr-3">Status</th>
            <th scope="col" className="py-2 pr-3">Section</th>
            <th scope="col" className="py-2 pr-3">Byline</th>
            <th scope="col" className="py-2 pr-3">Last change</th>
            <th scope="col" className="py-2">Publication</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className="border-b border-rule align-top">
              <td className="py-2.5 pr-3">
                <Link href={`/desk/articles/${item.id}`} className="font-serif text-base font-bold text-ink hover:underline">
                  {item.headline}
                </Link>
                {item.visibility === 'members' ? <span className="ml-2 text-xs font-semibold text-members">Members</span> : null}
              </td>
              <td className="py-2.5 pr-3">
                <StatusBadge status={item.status} />
              </td>
              <td className="py-2.5 pr-3">{item.section}</td>
              <td className="py-2.5 pr-3">{item.authors.join(', ') || <span className="text-ink-muted">None yet</span>}</td>
              <td className="py-2.5 pr-3 whitespace-nowrap">{when(item.updatedAt)}</td>
              <td className="py-2.5 whitespace-nowrap">
                {item.publishedAt ? (
                  item.status === 'published' ? (
                    <a href={item.url} className="underline">
                      {when(item.publishedAt)}
                    </a>
                  ) : (
                    when(item.publishedAt)
                  )
                ) : (
                  <span className="text-ink-muted">—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
