import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * False until the page is printed (or shown as print, as a browser test does), true from then
 * on: what only paper shows and is slow to make (the date in the reader's language, a QR code)
 * is drawn then, in the page the browser is about to lay out for print.
 */
export function usePrinting(): boolean {
  // Mounted while the page is already shown as print, it is printing. (Only parts drawn after
  // the page is interactive use this: no prerendered HTML has to match it.)
  const [printing, setPrinting] = useState(() => typeof window !== 'undefined' && window.matchMedia('print').matches);
  useEffect(() => {
    if (printing) return;
    const print = window.matchMedia('print');
    const start = () => flushSync(() => setPrinting(true));
    print.addEventListener('change', start);
    // Shown as print between this component's first render and now: no change is heard then.
    if (print.matches) queueMicrotask(start);
    window.addEventListener('beforeprint', start);
    return () => {
      print.removeEventListener('change', start);
      window.removeEventListener('beforeprint', start);
    };
  }, [printing]);
  return printing;
}
