import { CommentError } from '../comments/errors.ts';

/** Desk refusals use the site's one API error shape ({ error: { code, message, field } }). */
export const invalid = (field: string, message: string) => new CommentError('validation_failed', `${field}: ${message}`, { field });
export const forbidden = (message: string) => new CommentError('forbidden', message);
export const notFound = (what = 'article') => new CommentError('not_found', `There is no such ${what}.`);
export const conflict = (message: string) => new CommentError('version_conflict', message);

/** Turns a zod failure into the API's 422 naming the first bad field. */
export function fieldError(issues: { path: PropertyKey[]; message: string }[]) {
  const issue = issues[0];
  const field = issue?.path.map(String).join('.') || 'body';
  return invalid(field, issue?.message ?? 'is not valid');
}
