/**
 * Whether this browser downloads a module again after its download failed. Some keep the
 * failure for the page's life (Chromium 150 does; Chromium 156 does not): there, importing
 * again fails at once, so the app's in-place "Try again" cannot succeed and the app loads the
 * page afresh instead, which keeps the answers (they are in the URL) but not what was typed
 * (kept in memory only, never stored). Tests of "Try again" say which they check.
 */
import type { Page } from '@playwright/test';

export async function retriesFailedImports(page: Page): Promise<boolean> {
  const probe = '**/e2e-module-retry-probe.js';
  let calls = 0;
  await page.route(probe, (route) => (++calls === 1 ? route.abort('internetdisconnected') : route.fulfill({ contentType: 'text/javascript', body: 'export default 1;' })));
  const retried = await page.evaluate(async () => {
    const url = new URL('/e2e-module-retry-probe.js', location.href).href;
    await import(/* @vite-ignore */ url).catch(() => undefined);
    return import(/* @vite-ignore */ url).then(
      () => true,
      () => false,
    );
  });
  await page.unroute(probe);
  return retried;
}
