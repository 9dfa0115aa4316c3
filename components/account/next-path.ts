const PLACEHOLDER_ORIGIN = 'https://same-site.invalid';

/** Pages that make no sense to return to once the reader is signed in. */
const NO_RETURN = /^\/(account\/(sign-in|sign-up|forgot-password|reset-password)|api)(\/|$)/;

/**
 * The `?next=` value made safe to navigate to: only a same-site path that starts with a single '/'.
 * Anything else (absolute or protocol-relative URLs, backslashes, control characters) gives '/'.
 */
export function safeNextPath(raw: string | null | undefined): string {
  if (!raw || raw.length > 2000 || !raw.startsWith('/') || raw.startsWith('//')) return '/';
  // Browsers read '\' as '/' and drop tabs and newlines, which could turn '/\x' into '//x'.
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return '/';
  let url: URL;
  try {
    url = new URL(raw, PLACEHOLDER_ORIGIN);
  } catch {
    return '/';
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return '/';
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Dot segments can collapse into '//host' ('/.//host'), so check the normalised path again.
  if (!path.startsWith('/') || path.startsWith('//') || NO_RETURN.test(url.pathname)) return '/';
  return path;
}
