import { MARK_END, MARK_START, type MarkedSnippets } from '../db/search-adapter.ts';
import type { SnippetRun, Visibility } from './types.ts';

/**
 * Snippets as runs of plain text, some marked as matches, so that pages wrap matches in <mark>
 * without ever rendering markup that came from the database.
 */
export function snippetRuns(marked: string): SnippetRun[] {
  const runs: SnippetRun[] = [];
  const push = (text: string, inMark: boolean) => {
    const squeezed = text.replace(/\s+/g, ' ');
    if (squeezed === '') return;
    // A match made only of spaces (between two marked words) reads as plain text.
    const match = inMark && squeezed !== ' ';
    const last = runs[runs.length - 1];
    if (last && last.match === match) last.text += squeezed;
    else runs.push({ text: squeezed, match });
  };
  let match = false;
  let text = '';
  for (const ch of marked) {
    if (ch === MARK_START || ch === MARK_END) {
      push(text, match);
      text = '';
      match = ch === MARK_START;
    } else {
      text += ch;
    }
  }
  push(text, match);
  if (runs[0]) runs[0].text = runs[0].text.trimStart();
  const last = runs[runs.length - 1];
  if (last) last.text = last.text.trimEnd();
  return runs.filter((r) => r.text !== '');
}

const hasMatch = (runs: SnippetRun[]) => runs.some((r) => r.match);

/**
 * Which text a result quotes: the standfirst when the words are in it (it is the story's own
 * summary), else the best body fragment, else the standfirst unmarked (the match was in the
 * headline or tags). Members-only articles quote only their standfirst, never their body, even
 * though their body is not indexed anyway (lib/content/search-index.ts): two locks on one door.
 */
export function chooseSnippet(visibility: Visibility, marked: MarkedSnippets | undefined): SnippetRun[] {
  const standfirst = snippetRuns(marked?.standfirst ?? '');
  if (visibility === 'members') return standfirst;
  if (hasMatch(standfirst)) return standfirst;
  const body = snippetRuns(marked?.body ?? '');
  if (hasMatch(body)) return body;
  return standfirst.length > 0 ? standfirst : body;
}
