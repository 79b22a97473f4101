import type { ReactNode } from 'react';

/** A page's h1: focusable by script so that navigation can move focus to it. */
export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <h1 tabIndex={-1} className="text-2xl font-bold leading-snug text-slate-950 focus:outline-none sm:text-3xl">
      {children}
    </h1>
  );
}
