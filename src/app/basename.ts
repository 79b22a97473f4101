/** The site's base path from the build (`BASE_PATH`), as React Router's basename: `/` or `/a/b`. */
export const BASENAME = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';

/** The base path with a trailing slash, for building absolute document URLs. */
export const BASE_URL = import.meta.env.BASE_URL;

/** A path inside the app (`/ja/…`) as a path on the host (`/support/mail/ja/…`). */
export function withBase(path: string): string {
  return `${BASE_URL.replace(/\/$/, '')}${path}`;
}

/**
 * A path inside the app as the whole URL a customer is sent (a chat, an e-mail, a QR code).
 * In the prerender there is no origin yet: the host path alone.
 */
export function absoluteUrl(path: string): string {
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  return `${origin}${withBase(path)}`;
}
