import { describe, expect, it } from 'vitest';
import type { Block } from '../content/blocks.ts';
import { compareBodies, compareFields } from './compare.ts';
import { articleFieldsSchema } from './fields.ts';

const p = (text: string): Block => ({ type: 'paragraph', content: [{ text }] });

describe('comparing revisions', () => {
  it('marks changed fields only', () => {
    const before = articleFieldsSchema.parse({ headline: 'Old', section: 'news', tags: ['A'] });
    const after = { ...before, headline: 'New' };
    const rows = compareFields(before, after);
    expect(rows.filter((r) => r.changed).map((r) => r.label)).toEqual(['Headline']);
    expect(rows.find((r) => r.label === 'Headline')).toMatchObject({ before: 'Old', after: 'New' });
  });

  it('aligns paragraphs so an insertion does not shift the rest', () => {
    const rows = compareBodies([p('One'), p('Two'), p('Three')], [p('One'), p('Inserted'), p('Two'), p('Three, edited')]);
    expect(rows.map((r) => r.kind)).toEqual(['same', 'added', 'same', 'changed']);
    expect(rows[3]).toEqual({ before: 'Three', after: 'Three, edited', kind: 'changed' });
  });

  it('shows removals and headings', () => {
    const rows = compareBodies([{ type: 'heading', level: 2, text: 'Sub' }, p('Gone')], [{ type: 'heading', level: 2, text: 'Sub' }]);
    expect(rows).toEqual([
      { before: '## Sub', after: '## Sub', kind: 'same' },
      { before: 'Gone', after: null, kind: 'removed' },
    ]);
  });
});
