import type { Block } from '@/lib/content/blocks';

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  }
  return value;
}

/**
 * A comparison key for a body that ignores key order and undefined keys, so that the same body
 * coming back from the server (parsed through zod, in schema key order) counts as unchanged.
 */
export function bodyKey(blocks: Block[]): string {
  return JSON.stringify(sortKeys(blocks));
}
