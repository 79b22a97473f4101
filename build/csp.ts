/**
 * The Content-Security-Policy of every page, in one place: src/prerender.tsx writes it with
 * the hashes of the inline scripts it renders, and the build (build/first-paint.ts) adds the
 * hashes of what it inlines afterwards. Nothing from other origins; inline code only where
 * its hash is listed. Uses Web Crypto, so that it runs both in Node and in the prerender bundle.
 */

export type InlineDirective = 'script-src' | 'style-src';

/** A CSP source for one inline script or style: `'sha256-…'`. */
export async function sha256Source(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `'sha256-${Buffer.from(digest).toString('base64')}'`;
}

/** The policy with the hashes of the given inline scripts. */
export async function contentSecurityPolicy(inlineScripts: readonly string[] = []): Promise<string> {
  const scripts = ["'self'", ...(await Promise.all(inlineScripts.map(sha256Source)))].join(' ');
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The policy with `sources` added to `directive` (which must be in it already). */
export function allowInline(policy: string, directive: InlineDirective, sources: readonly string[]): string {
  const directives = policy.split(/;\s*/);
  const index = directives.findIndex((d) => d.split(' ')[0] === directive);
  if (index === -1) throw new Error(`the policy has no ${directive}`);
  const present = new Set(directives[index]?.split(' '));
  directives[index] = [directives[index], ...sources.filter((s) => !present.has(s))].join(' ');
  return directives.join('; ');
}
