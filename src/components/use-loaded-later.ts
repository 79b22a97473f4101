import { useEffect, useState } from 'react';

export type Later<T> = { readonly state: 'waiting' } | { readonly state: 'loaded'; readonly value: T } | { readonly state: 'failed' };

/**
 * Code a page can do without at first (a QR code's library, a diagnosis shown on request),
 * asked for in the task after the page's first commit — after the effects that make it
 * interactive — and only once `wanted`. It is drawn when it has come, never suspended on,
 * so a failed download (the network gone, a new build published) leaves the page as it is
 * and says `failed` for the page to tell the customer.
 */
export function useLoadedLater<T>(load: () => Promise<T>, wanted = true): Later<T> {
  const [later, setLater] = useState<Later<T>>({ state: 'waiting' });
  const needed = wanted && later.state === 'waiting';
  useEffect(() => {
    if (!needed) return;
    let live = true;
    const start = setTimeout(() => {
      load().then(
        (value) => live && setLater({ state: 'loaded', value }),
        (error: unknown) => {
          console.warn(error);
          if (live) setLater({ state: 'failed' });
        },
      );
    });
    return () => {
      live = false;
      clearTimeout(start);
    };
  }, [needed, load]);
  return later;
}
