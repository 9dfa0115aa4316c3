import type { ErrorCode } from './contract.ts';

type ErrorOptions = { field?: string; retryAfterSeconds?: number };

/**
 * A refusal the API reports as { error: { code, message } } with the code's status.
 * Plain fields, not constructor parameter properties: CLIs run this file with Node's type stripping.
 */
export class CommentError extends Error {
  readonly code: ErrorCode;
  readonly options: ErrorOptions;

  constructor(code: ErrorCode, message: string, options: ErrorOptions = {}) {
    super(message);
    this.code = code;
    this.options = options;
  }
}
