import type { SearchTerms } from '../db/search-adapter.ts';
import { ENGLISH_STOP_WORDS } from './search-stopwords.ts';

/**
 * Turns what a reader typed into search terms. Nothing the reader types reaches the engines as
 * query syntax: only runs of letters, marks and digits survive, so quotes, `*`, `-`, `OR`-style
 * operators and `NEAR(` are plain text (or nothing), and both engines get the same words.
 */

export const QUERY_MIN_CHARS = 2;
export const QUERY_MAX_CHARS = 200;
export const QUERY_MAX_WORDS = 12;
/** The last word also matches as a prefix ("harb" finds "harbour") when it is at least this long. */
const PREFIX_MIN_CHARS = 3;

export type QueryProblem = 'empty' | 'too-short' | 'too-long' | 'no-words';

/** `words`: lower-case, without accents or stop words, in the reader's order, without repeats. */
export interface SearchQuery extends SearchTerms {
  /** The reader's text, trimmed and with runs of white space collapsed: what the page shows back. */
  text: string;
  /** Why there is nothing to search for; null when `words` is usable. */
  problem: QueryProblem | null;
}

/** Latin (and Greek, Cyrillic) accents off, as SQLite's `remove_diacritics 2` does, for PostgreSQL too. */
export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function parseSearchQuery(raw: string | null | undefined): SearchQuery {
  const text = (raw ?? '').replace(/\s+/g, ' ').trim();
  const none = (problem: QueryProblem): SearchQuery => ({ text, words: [], prefixLast: false, problem });
  if (text === '') return none('empty');
  if ([...text].length < QUERY_MIN_CHARS) return none('too-short');
  if ([...text].length > QUERY_MAX_CHARS) return none('too-long');
  const all = foldDiacritics(text).toLowerCase().match(WORD) ?? [];
  const words = [...new Set(all.filter((w) => !ENGLISH_STOP_WORDS.has(w)))];
  // Words like "the" do not count, so that any headline pasted in whole can be searched for.
  if (words.length > QUERY_MAX_WORDS) return none('too-long');
  if (words.length === 0) return none('no-words');
  const last = words[words.length - 1]!;
  // The prefix applies only when the reader's text ends with that word: "harb" is still being typed,
  // "harbour." or "harbour the" is finished.
  const endsWithLast = foldDiacritics(text).toLowerCase().endsWith(last);
  return { text, words, prefixLast: endsWithLast && [...last].length >= PREFIX_MIN_CHARS, problem: null };
}
