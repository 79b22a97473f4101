import clsx from 'clsx';
import type { ReactNode } from 'react';

/** A highlighted message: `warning` for what must be done first, `info` for advice. */
export function Notice({ tone, title, children }: { tone: 'warning' | 'info'; title: string; children: ReactNode }) {
  return (
    <section
      className={clsx(
        'my-4 border-s-8 p-4 break-inside-avoid print:my-2 print:p-2 print:text-sm',
        tone === 'warning' ? 'border-amber-600 bg-amber-50' : 'border-sky-700 bg-sky-50',
      )}
    >
      <h2 className="text-lg font-bold text-slate-950">{title}</h2>
      <div className="mt-1 text-slate-900">{children}</div>
    </section>
  );
}
