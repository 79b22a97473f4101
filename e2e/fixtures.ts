/**
 * Shared fixtures for every browser test: the page must make no request to another
 * origin, log no console error, throw no uncaught error and trigger no CSP violation.
 * Tests that expect a 404 opt out of the console check for that one message.
 */
import { test as base, expect, type Page } from '@playwright/test';

interface Guards {
  /** Messages a test expects, e.g. the 404 of a not-found page. */
  allowConsoleErrors: RegExp[];
}

export const test = base.extend<Guards & { guard: undefined }>({
  allowConsoleErrors: [[], { option: true }],
  guard: [
    async ({ page, baseURL, allowConsoleErrors }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost').origin;
      const problems: string[] = [];
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) problems.push(`request to another origin: ${url}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (allowConsoleErrors.some((re) => re.test(text))) return;
        problems.push(`console error: ${text}`);
      });
      await use(undefined);
      expect(problems, 'no other origins, console errors, uncaught errors or CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** A path inside the app, relative to the base URL (so it works under any sub-path). */
export function at(path: string): string {
  return path.replace(/^\//, '');
}

/** Whether a prerendered route is an error message's own page (`/ja/error/<id>/`). */
export const isMessagePage = (route: string): boolean => /^\/[a-z]+\/error\/[^/]+\/$/.test(route);

/** Waits until the page is hydrated (React has attached and the router is live). */
export async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
}
