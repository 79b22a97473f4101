/** The site's base path from the build (`BASE_PATH`), as React Router's basename: `/` or `/a/b`. */
export const BASENAME = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';

/** The base path with a trailing slash, for building absolute document URLs. */
export const BASE_URL = import.meta.env.BASE_URL;

/** A path inside the app (`/ja/…`) as a path on the host (`/support/mail/ja/…`). */
export function withBase(path: string): string {
  return `${BASE_URL.replace(/\/$/, '')}${path}`;
}
