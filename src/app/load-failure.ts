/**
 * Telling apart why a page's code could not be loaded, and what to do about it:
 * - the network is gone: say so, and let the customer try again in place;
 * - the file is gone, because a new build was published since the page was opened (every
 *   build renames its hashed files): load the page asked for afresh, once;
 * - anything else: an error page with the ways back.
 */

/** The message of a failed `import()` in Chromium, Firefox and Safari, or a failed Vite preload. */
const IMPORT_FAILED = /dynamically imported module|Importing a module script failed|Unable to preload/i;

export function isLoadFailure(error: unknown): boolean {
  return error instanceof Error && IMPORT_FAILED.test(error.message);
}

/**
 * Whether the site can be reached at all: the page's own URL, never cached. When it answers
 * (with anything), the file that failed is gone or broken on the server, not the network.
 */
export async function siteReachable(href = window.location.href): Promise<boolean> {
  if (!navigator.onLine) return false;
  try {
    await fetch(href, { method: 'HEAD', cache: 'no-store' });
    return true;
  } catch {
    return false;
  }
}

const KEY = 'reloaded-after-update';
/** Long enough for a page load on a slow phone; short enough that a later update is handled again. */
const WITHIN_MS = 30_000;

/**
 * Loads `href` (path and query: the answers, never anything personal) as a full page load,
 * unless this same URL was reloaded this way moments ago: then the new build's files are
 * failing too, and reloading again would loop. sessionStorage holds only that URL and when.
 * Returns whether it reloads.
 */
export function reloadOnce(href = window.location.href): boolean {
  const now = Date.now();
  try {
    const last = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as { href?: string; at?: number } | null;
    if (last?.href === href && typeof last.at === 'number' && now - last.at < WITHIN_MS) return false;
    sessionStorage.setItem(KEY, JSON.stringify({ href, at: now }));
  } catch {
    // No sessionStorage (blocked): without a guard, a reload could loop, so none is made.
    return false;
  }
  window.location.replace(href);
  return true;
}

export type LoadFailureKind = 'offline' | 'reloading' | 'failed';

/** What to show for an error: checks the network first when the error is a failed download. */
export async function classify(error: unknown): Promise<LoadFailureKind> {
  if (!isLoadFailure(error)) return 'failed';
  if (!(await siteReachable())) return 'offline';
  return reloadOnce() ? 'reloading' : 'failed';
}
