/** The site's base path from the build (`BASE_PATH`), as React Router's basename: `/` or `/a/b`. */
export const BASENAME = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';

/** The base path with a trailing slash, for building absolute document URLs. */
export const BASE_URL = import.meta.env.BASE_URL;

/** A path inside the app (`/ja/…`) as a path on the host (`/support/mail/ja/…`). */
export function withBase(path: string): string {
  return `${BASE_URL.replace(/\/$/, '')}${path}`;
}

/**
 * The absolute address of a page of the guide, as a QR code, a share sheet or a copied link
 * carries it: this host, the base path, and the canonical path and query built from the answers
 * (paths.ts). Never `location.href`: a hash, or a query as typed, would travel with it.
 */
export function pageUrl(path: string): string {
  return typeof window === 'undefined' ? '' : `${window.location.origin}${withBase(path)}`;
}
