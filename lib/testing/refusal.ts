import { CommentError } from '../comments/errors.ts';

/** Awaits a promise that must be refused with the API's error; returns its code, field and message. */
export async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CommentError) return { code: error.code, field: error.options.field, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}
