/**
 * For tests of what a page paints from its HTML before the app has loaded: the app's entry
 * script held back, and the place the page's first script fills (`[data-early]`).
 */
import type { Page, Route } from '@playwright/test';

/** The app's entry script: held back, the page is as its HTML and its loader made it. */
export const ENTRY = /\/assets\/main-[^/]+\.js$/;

/** Holds the app's entry script until `release` is called: the page is as its HTML and its loader made it. */
export async function holdTheApp(page: Page): Promise<() => Promise<void>> {
  const held: Route[] = [];
  let released = false;
  await page.route(ENTRY, (route) => (released ? route.continue() : void held.push(route)));
  return async () => {
    released = true;
    await Promise.all(held.map((route) => route.continue()));
  };
}

export const early = (page: Page) => page.locator('main [data-early]');

/** Marks the early part's first element, to tell later whether the app kept it or drew a new one. */
export async function markEarly(page: Page): Promise<void> {
  await early(page).locator(':scope > *').first().evaluate((element) => element.setAttribute('data-test-kept', ''));
}
