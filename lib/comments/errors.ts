import type { ErrorCode } from './contract.ts';

/** A refusal the API reports as { error: { code, message } } with the code's status. */
export class CommentError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly options: { field?: string; retryAfterSeconds?: number } = {},
  ) {
    super(message);
  }
}
