import { describe, expect, it } from 'vitest';
import { MARK_END, MARK_START } from '../db/search-adapter.ts';
import { chooseSnippet, snippetRuns } from './snippet.ts';

const m = (text: string) => `${MARK_START}${text}${MARK_END}`;

describe('snippetRuns', () => {
  it('splits marked text into plain and matched runs, squeezing white space', () => {
    expect(snippetRuns(`…the ${m('harbour')}\n\n${m('bridge')} opens…`)).toEqual([
      { text: '…the ', match: false },
      { text: 'harbour', match: true },
      { text: ' ', match: false },
      { text: 'bridge', match: true },
      { text: ' opens…', match: false },
    ]);
  });

  it('keeps markup-looking text as text (React escapes it when rendering)', () => {
    expect(snippetRuns(`<b>${m('x')}</b>`)).toEqual([
      { text: '<b>', match: false },
      { text: 'x', match: true },
      { text: '</b>', match: false },
    ]);
  });

  it('survives unbalanced markers and empty input', () => {
    expect(snippetRuns('')).toEqual([]);
    expect(snippetRuns(`${MARK_END}a${MARK_START}b`)).toEqual([
      { text: 'a', match: false },
      { text: 'b', match: true },
    ]);
  });
});

describe('chooseSnippet', () => {
  const marked = { standfirst: 'The council met.', body: `The ${m('secret')} plan.` };

  it('quotes the body where the words are when the standfirst lacks them', () => {
    expect(chooseSnippet('public', marked).some((r) => r.match && r.text === 'secret')).toBe(true);
  });

  it('prefers a standfirst that has the words', () => {
    expect(chooseSnippet('public', { standfirst: `The ${m('council')} met.`, body: `The ${m('council')} plan.` })).toEqual([
      { text: 'The ', match: false },
      { text: 'council', match: true },
      { text: ' met.', match: false },
    ]);
  });

  it('never quotes the body of a members-only article', () => {
    expect(chooseSnippet('members', marked)).toEqual([{ text: 'The council met.', match: false }]);
    expect(chooseSnippet('members', { standfirst: '', body: `The ${m('secret')} plan.` })).toEqual([]);
  });
});
