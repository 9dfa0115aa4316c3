/** The error shape Better Auth's client returns (`{ data, error }`). */
export interface AuthErrorLike {
  code?: string | undefined;
  message?: string | undefined;
  status?: number | undefined;
}

export type AuthField = 'name' | 'email' | 'password' | 'confirm';

export interface FormError {
  message: string;
  /** Inputs the message is about; they get aria-invalid and point at the message. */
  fields: AuthField[];
}

export const TOO_MANY_ATTEMPTS = 'Too many attempts. Wait a minute and try again.';
export const NETWORK_ERROR = 'We couldn’t reach the server. Check your connection and try again.';
const GENERIC = 'Something went wrong on our side. Please try again.';

const BY_CODE: Record<string, FormError> = {
  INVALID_EMAIL_OR_PASSWORD: {
    message: 'That email address and password don’t match an account. Check them and try again.',
    fields: ['email', 'password'],
  },
  USER_ALREADY_EXISTS: {
    message: 'An account already exists for that email address. Sign in instead, or reset your password.',
    fields: ['email'],
  },
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: {
    message: 'An account already exists for that email address. Sign in instead, or reset your password.',
    fields: ['email'],
  },
  INVALID_EMAIL: { message: 'Enter a valid email address, like name@example.com.', fields: ['email'] },
  PASSWORD_TOO_SHORT: { message: 'Your password needs at least 10 characters.', fields: ['password'] },
  PASSWORD_TOO_LONG: { message: 'Your password can be at most 128 characters long.', fields: ['password'] },
  INVALID_PASSWORD: { message: 'That password isn’t valid. Try another.', fields: ['password'] },
  INVALID_TOKEN: {
    message: 'This link has expired or has already been used. Ask for a new one.',
    fields: [],
  },
  TOKEN_EXPIRED: {
    message: 'This link has expired or has already been used. Ask for a new one.',
    fields: [],
  },
  EMAIL_ALREADY_VERIFIED: { message: 'Your email address is already confirmed.', fields: [] },
  SESSION_EXPIRED: { message: 'Your session has ended. Sign in again to continue.', fields: [] },
  USER_NOT_FOUND: { message: 'We couldn’t find that account.', fields: [] },
  VALIDATION_ERROR: { message: 'Some details aren’t valid. Check the form and try again.', fields: [] },
};

/** A reader-friendly message for a Better Auth error (never the raw server text). */
export function friendlyAuthError(error: AuthErrorLike | null | undefined): FormError {
  if (!error) return { message: GENERIC, fields: [] };
  if (error.status === 429) return { message: TOO_MANY_ATTEMPTS, fields: [] };
  const known = error.code ? BY_CODE[error.code] : undefined;
  if (known) return known;
  if (error.status === 401) return { message: 'You need to sign in again to do that.', fields: [] };
  return { message: GENERIC, fields: [] };
}

/** For a request that threw instead of answering (offline, DNS, aborted). */
export const networkError = (): FormError => ({ message: NETWORK_ERROR, fields: [] });

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

/** Good enough to catch typos; the server does the real check. */
export const looksLikeEmail = (v: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v);

export const MAX_NAME_LENGTH = 80;

/** Client-side checks for a display name (sign-up and the account page). */
export function checkDisplayName(name: string): FormError | null {
  if (!name) return { message: 'Enter the name you’d like shown with your comments.', fields: ['name'] };
  if (name.length > MAX_NAME_LENGTH) return { message: `Keep your display name under ${MAX_NAME_LENGTH} characters.`, fields: ['name'] };
  return null;
}

/** Client-side checks for a new password (sign-up and reset); the server applies the same limits. */
export function checkNewPassword(password: string): FormError | null {
  if (password.length < MIN_PASSWORD_LENGTH)
    return { message: `Your password needs at least ${MIN_PASSWORD_LENGTH} characters.`, fields: ['password'] };
  if (password.length > MAX_PASSWORD_LENGTH)
    return { message: `Your password can be at most ${MAX_PASSWORD_LENGTH} characters long.`, fields: ['password'] };
  return null;
}

export function checkEmail(email: string): FormError | null {
  return looksLikeEmail(email) ? null : { message: 'Enter a valid email address, like name@example.com.', fields: ['email'] };
}
