import { startTransition, useEffect, useState } from 'react';

/**
 * Where the app is: rendering the HTML at build time, hydrating that HTML in the browser, or
 * live (after hydration, and at once in a page rendered afresh).
 */
let phase: 'prerender' | 'hydrating' | 'live' = typeof document === 'undefined' ? 'prerender' : 'live';

/** The entry calls this just before it hydrates the prerendered HTML. */
export function beginHydration(): void {
  phase = 'hydrating';
}

/** Rendered once at the root: its effect runs when the hydrated page has committed. */
export function HydrationDone(): null {
  useEffect(() => {
    phase = 'live';
  }, []);
  return null;
}

/** True once the page is live: a component mounted now draws what depends on the URL at once. */
export function isLive(): boolean {
  return phase === 'live';
}

/**
 * `value` once the page is live; `prerendered` in the prerendered HTML and while the browser
 * hydrates it, so that hydration matches the HTML. A page renders what depends on the URL's
 * query after that, in a transition: React renders it in slices, so a long page does not hold a
 * slow phone's main thread (as React's useSyncExternalStore would, re-rendering at once), and
 * where the value is what was prerendered (no query) nothing renders again.
 */
export function useAfterHydration<T>(value: T, prerendered: T): T {
  const [, setLive] = useState(false);
  const live = isLive();
  useEffect(() => {
    if (!live && !Object.is(value, prerendered)) startTransition(() => setLive(true));
    // Only what was rendered while hydrating is drawn again; later renders read the phase.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return live ? value : prerendered;
}

/**
 * Asks for `load` once the page is interactive (in a task of its own, after this commit's
 * effects, which make it so) and gives what it resolved to; null before that, when `key` is
 * null, or when it failed (the page stays as it was). `key` names what `load` loads: a new key
 * loads again.
 */
export function useAfterStart<T>(key: string | null, load: () => Promise<T>): T | null {
  const [done, setDone] = useState<[string, T]>();
  useEffect(() => {
    if (key === null) return;
    // What arrives for an old key is never shown: it is kept under that key.
    const start = setTimeout(() => void load().then((value) => setDone([key, value]), console.warn));
    return () => clearTimeout(start);
    // `key` stands for what `load` loads (a new function each render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return done?.[0] === key ? done[1] : null;
}

/** What code loaded after the page is interactive came to: its module, or a failed download. */
export type Settled<T> = { readonly value: T } | { readonly failed: true };

/** `load` as useAfterStart asks for it, saying so instead of rejecting when it fails (the page names the failure). */
export function settled<T>(load: () => Promise<T>): () => Promise<Settled<T>> {
  return () =>
    load().then(
      (value) => ({ value }),
      (error: unknown) => {
        console.warn(error);
        return { failed: true } as const;
      },
    );
}
