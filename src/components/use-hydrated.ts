import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

/**
 * False while the page is prerendered and while the browser hydrates that HTML, true after
 * (and at once in a page rendered afresh). A page renders its HTML as it was prerendered
 * first, so that hydration matches it, and what depends on the URL's query after.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
