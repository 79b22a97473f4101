import { useEffect, useState } from 'react';

/**
 * How many of `total` items to draw: all of them, or, when `gradual`, one more each task
 * (starting with one), so that a long list drawn after the page is interactive is many short
 * tasks on a slow phone instead of one long one. The whole list is there a moment later.
 */
export function useGradual(total: number, gradual: boolean): number {
  const [shown, setShown] = useState(gradual ? Math.min(1, total) : total);
  useEffect(() => {
    if (!gradual || shown >= total) return;
    const next = setTimeout(() => setShown((n) => Math.min(n + 1, total)));
    return () => clearTimeout(next);
  }, [gradual, shown, total]);
  return gradual ? Math.min(shown, total) : total;
}
