import { IntentLink } from '../ui/IntentLink';
import type { TagRef } from '@/lib/content/types';

export function TagList({ tags }: { tags: TagRef[] }) {
  if (tags.length === 0) return null;
  return (
    <nav aria-label="Topics" className="mt-8 border-t border-rule pt-4">
      <h2 className="sr-only">Topics</h2>
      <ul className="flex flex-wrap gap-2 font-sans text-sm">
        {tags.map((t) => (
          <li key={t.slug}>
            <IntentLink href={`/tag/${t.slug}`} className="inline-block rounded-full border border-rule px-3 py-1 hover:border-ink">
              {t.name}
            </IntentLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
