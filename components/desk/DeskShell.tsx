import Link from 'next/link';
import { capabilities } from '@/lib/desk/roles';

/** The desk's frame: its own navigation under the site masthead, then the page. */
export function DeskShell({
  role,
  title,
  current,
  actions,
  children,
}: {
  role: string;
  title: string;
  current: 'articles' | 'new' | 'moderation' | 'staff' | 'sections' | 'tokens' | null;
  actions?: React.ReactNode;
  children: React.ReactNode;
}) {
  const items = [
    { key: 'articles', href: '/desk', label: 'Articles', show: true },
    { key: 'new', href: '/desk/articles/new', label: 'New article', show: true },
    { key: 'moderation', href: '/desk/moderation', label: 'Comments', show: capabilities.moderate(role) },
    { key: 'staff', href: '/desk/staff', label: 'Staff', show: capabilities.administer(role) },
    { key: 'sections', href: '/desk/sections', label: 'Sections', show: capabilities.administer(role) },
    { key: 'tokens', href: '/desk/tokens', label: 'API tokens', show: capabilities.administer(role) },
  ].filter((i) => i.show);
  return (
    <div className="mx-auto max-w-6xl px-4 pb-16">
      <nav aria-label="Desk" className="border-b border-rule font-sans text-sm">
        <ul className="-mb-px flex flex-wrap gap-x-5">
          {items.map((item) => (
            <li key={item.key}>
              <Link
                href={item.href}
                aria-current={current === item.key ? 'page' : undefined}
                className={`inline-block border-b-2 py-3 font-semibold no-underline hover:underline ${
                  current === item.key ? 'border-accent text-ink' : 'border-transparent text-ink-muted'
                }`}
              >
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="mt-6 flex flex-wrap items-end justify-between gap-4">
        <h1 className="font-serif text-3xl font-bold sm:text-4xl">{title}</h1>
        {actions}
      </div>
      <div className="mt-6">{children}</div>
    </div>
  );
}

export function DeskRefusal({ children }: { children: React.ReactNode }) {
  return <div className="mx-auto max-w-2xl px-4 py-12 font-sans text-lg">{children}</div>;
}
