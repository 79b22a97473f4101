// What a page asked for before it became interactive (the app sets `data-ready` on <html>,
// src/components/layout.tsx): the files a page's byte budget counts, in e2e/budget.spec.ts and
// in the bench alike. What the app asks for on its own once interactive (a result's cards) is
// not what the page waits for, and may arrive before a test notices the attribute.
/* global document, window, MutationObserver -- these functions run in the page */

/** For `page.addInitScript`: notes when the app set `data-ready`. */
export function markReady() {
  new MutationObserver((_, observer) => {
    if (document.documentElement.dataset.ready !== 'true') return;
    window.__readyAt = performance.now();
    observer.disconnect();
    // The document element does not exist yet when this runs: watch the document.
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
}

/** For `page.evaluate`, once the page is ready: the paths of what it asked for until then. */
export function pathsAskedBeforeReady() {
  const at = window.__readyAt ?? Infinity;
  return performance
    .getEntriesByType('resource')
    .filter((entry) => entry.startTime <= at)
    .map((entry) => new URL(entry.name).pathname);
}
