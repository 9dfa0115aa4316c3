import type { CommentSettings } from '../config.ts';
import { CommentError } from './errors.ts';

/** Built-in lists; sites extend them with COMMENTS_BANNED_WORDS and COMMENTS_SUSPECT_WORDS. */
const BANNED = ['kill yourself', 'kys'];
const SUSPECT = ['casino', 'viagra', 'crypto giveaway', 'loan offer', 'work from home'];

/** Stored as typed, apart from line endings, surrounding space and runs of blank lines. */
export function normaliseCommentBody(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function containsWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Whole words for plain words; substrings for fragments such as "http://".
  const pattern = /^\w[\w\s]*\w$|^\w$/.test(word) ? `(^|\\W)${escaped}($|\\W)` : escaped;
  return new RegExp(pattern, 'i').test(text);
}

export type Screening = 'clean' | 'suspect';

/** Validates a comment body: throws for empty, too long or banned; says whether to hold it for review. */
export function screenCommentBody(body: string, settings: CommentSettings): Screening {
  if (!body) throw new CommentError('validation_failed', 'Write something before posting.', { field: 'body' });
  if ([...body].length > settings.maxLength) {
    throw new CommentError('validation_failed', `Comments can be at most ${settings.maxLength} characters.`, { field: 'body' });
  }
  if ([...BANNED, ...settings.bannedWords].some((w) => containsWord(body, w))) {
    throw new CommentError('validation_failed', 'Your comment contains language our community guidelines do not allow.', {
      field: 'body',
    });
  }
  return [...SUSPECT, ...settings.suspectWords].some((w) => containsWord(body, w)) ? 'suspect' : 'clean';
}
