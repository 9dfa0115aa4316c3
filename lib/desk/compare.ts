import { bodyText, type Block } from '../content/blocks.ts';
import type { ArticleFields } from './fields.ts';

/**
 * Side-by-side comparison of two versions of an article: one row per field, and the body paragraph
 * by paragraph, aligned with a longest-common-subsequence so an inserted paragraph shifts nothing.
 */
export interface FieldRow {
  label: string;
  before: string;
  after: string;
  changed: boolean;
}

export interface BodyRow {
  before: string | null;
  after: string | null;
  kind: 'same' | 'removed' | 'added' | 'changed';
}

const LABELS: [keyof ArticleFields, string][] = [
  ['kicker', 'Kicker'],
  ['headline', 'Headline'],
  ['standfirst', 'Standfirst'],
  ['slug', 'Slug'],
  ['section', 'Section'],
  ['authors', 'Byline'],
  ['tags', 'Tags'],
  ['hero', 'Lead image'],
  ['visibility', 'Visibility'],
  ['commentsMode', 'Comments'],
  ['seoTitle', 'Search title'],
  ['seoDescription', 'Search description'],
];

function show(value: ArticleFields[keyof ArticleFields]): string {
  if (value == null || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.join(', ') : '—';
  if (typeof value === 'object' && 'mediaId' in value) {
    return [`Image ${value.mediaId}`, `alt: ${value.alt}`, value.caption ? `caption: ${value.caption}` : null, value.credit ? `credit: ${value.credit}` : null]
      .filter(Boolean)
      .join(' · ');
  }
  return String(value);
}

export function compareFields(before: ArticleFields, after: ArticleFields): FieldRow[] {
  return LABELS.map(([key, label]) => {
    const a = show(before[key]);
    const b = show(after[key]);
    return { label, before: a, after: b, changed: a !== b };
  });
}

function blockLines(blocks: Block[]): string[] {
  return blocks.map((b) => {
    if (b.type === 'image') return `[Image ${b.mediaId}${b.caption ? `: ${b.caption}` : ''}]`;
    const prefix = b.type === 'heading' ? '## ' : b.type === 'quote' ? '> ' : '';
    return prefix + bodyText([b]);
  });
}

export function compareBodies(before: Block[], after: Block[]): BodyRow[] {
  const a = blockLines(before);
  const b = blockLines(after);
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const rows: BodyRow[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      rows.push({ before: a[i]!, after: b[j]!, kind: 'same' });
      i++;
      j++;
    } else if (i < a.length && (j >= b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      rows.push({ before: a[i]!, after: null, kind: 'removed' });
      i++;
    } else {
      rows.push({ before: null, after: b[j]!, kind: 'added' });
      j++;
    }
  }
  // A removal directly followed by an addition reads better as one changed paragraph.
  const merged: BodyRow[] = [];
  for (const row of rows) {
    const last = merged.at(-1);
    if (row.kind === 'added' && last?.kind === 'removed') merged[merged.length - 1] = { before: last.before, after: row.after, kind: 'changed' };
    else merged.push(row);
  }
  return merged;
}
