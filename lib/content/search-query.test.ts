import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from './search-query.ts';

describe('parseSearchQuery', () => {
  it('keeps words only: no quotes, operators or punctuation reach an engine', () => {
    expect(parseSearchQuery('"harbour" -bridge OR NEAR(vote*)')).toMatchObject({
      words: ['harbour', 'bridge', 'near', 'vote'],
      prefixLast: false,
      problem: null,
    });
  });

  it('lower-cases, folds accents, drops stop words and repeats, and shows the text back tidied', () => {
    expect(parseSearchQuery('  The  Café   at the CAFÉ ')).toEqual({ text: 'The Café at the CAFÉ', words: ['cafe'], prefixLast: true, problem: null });
  });

  it('matches the last word as a prefix only when the text ends with it and it has three letters or more', () => {
    expect(parseSearchQuery('harbour brid').prefixLast).toBe(true);
    expect(parseSearchQuery('harbour bridge.').prefixLast).toBe(false);
    expect(parseSearchQuery('harbour ab').prefixLast).toBe(false);
  });

  it('names the problem with unsearchable input', () => {
    expect(parseSearchQuery(undefined).problem).toBe('empty');
    expect(parseSearchQuery(' \n ').problem).toBe('empty');
    expect(parseSearchQuery('a').problem).toBe('too-short');
    expect(parseSearchQuery('x'.repeat(201)).problem).toBe('too-long');
    expect(parseSearchQuery('x'.repeat(200)).problem).toBeNull();
    expect(parseSearchQuery('a1 b2 c3 d4 e5 f6 g7 h8 i9 j10 k11 l12 m13').problem).toBe('too-long');
    expect(parseSearchQuery('** ""').problem).toBe('no-words');
    expect(parseSearchQuery('to be or not to be').problem).toBe('no-words');
  });

  it('does not count stop words against the word limit, so a whole headline can be searched for', () => {
    const headline = 'Inside the Aldine Tidal Observatory, where the sea has been watched for 150 years';
    expect(parseSearchQuery(headline)).toMatchObject({ problem: null, words: ['inside', 'aldine', 'tidal', 'observatory', 'sea', 'watched', '150', 'years'] });
  });
});
