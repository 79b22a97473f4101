/**
 * Where a flow's result shows the part the customer came for (the servers, the causes), right
 * under its heading. The build renders that part for every path through the flow into the
 * result page's HTML, and the page's loader puts the one the URL's answers lead to here before
 * the app has loaded (src/flow/decision.ts, docs/decisions/0006-results-paint-from-the-html.md).
 *
 * When the app hydrates a page the loader filled, it renders the same part from the same
 * answers, so React adopts what is on screen instead of drawing it again; on a page it did
 * not fill (no answers, or answers that do not reach the result) this stays empty until the
 * answers are read after hydration, like the rest of the result.
 */
import { useState, type ReactNode } from 'react';
import type { Flow } from '../../flow/engine';
import { resultAnswers } from '../../flow/resolve';

/** The attribute the loader finds the place by (build/first-paint-loader.ts), on the element that is the place. */
const PLACE = 'data-early';
export const EARLY_PLACE: Readonly<Record<string, string>> = { [PLACE]: '' };

type AnswersOf<S extends string> = { readonly [K in S]?: string };

interface EarlyPartProps<S extends string, A extends AnswersOf<S>> {
  readonly flow: Flow<S, A>;
  readonly search: string;
  /** Whether the page reads the URL's answers yet (FlowRoute's, after hydration). */
  readonly answersRead: boolean;
  readonly render: (answers: A) => ReactNode;
}

/** Whether the loader put a render into the page's HTML before this hydration. */
export function filledByLoader(): boolean {
  return typeof document !== 'undefined' && (document.querySelector(`[${PLACE}]`)?.childElementCount ?? 0) > 0;
}

export function EarlyPart<S extends string, A extends AnswersOf<S>>({ flow, search, answersRead, render }: EarlyPartProps<S, A>) {
  // Read once, during hydration: afterwards the answers are read in any case.
  const [filled] = useState(() => !answersRead && filledByLoader());
  const answers = answersRead || filled ? resultAnswers(flow, search) : null;
  return <div {...EARLY_PLACE}>{answers && render(answers)}</div>;
}
