/** A search page address; empty values are left out so that links stay short. */
export function searchHref({ q, section, page }: { q: string; section?: string | null; page?: number }): string {
  const params = new URLSearchParams({ q });
  if (section) params.set('section', section);
  if (page && page > 1) params.set('page', String(page));
  return `/search?${params}`;
}
