/**
 * The support page's link builder, for any flow on the engine: every question the answers
 * chosen so far lead through, on one screen, and the links those answers make. It asks the
 * flow definition and nothing else, so a question added to a flow appears here by itself,
 * and its links are the ones the flow's own pages reach (walk, toQuery).
 */
import type { Flow, Next, RESULT } from './engine';
import { toQuery, walk } from './resolve';

type AnswersOf<S extends string> = { readonly [K in S]?: string };

export interface Built<S extends string, A extends AnswersOf<S>> {
  /**
   * The questions to show, in flow order: the path the answers take, unanswered questions
   * included, as the flow's `next` routes when a question is not answered yet (so a question
   * that only one answer leads to appears once that answer is chosen).
   */
  readonly steps: readonly S[];
  /** The answers to the questions shown; answers to questions no longer on the path are left out. */
  readonly answers: A;
  /** The first question not answered yet, or the result when every question on the path is. */
  readonly stop: S | typeof RESULT;
  /** The canonical query string of the answers before `stop` (empty or `?a=b…`). */
  readonly query: string;
}

export function build<S extends string, A extends AnswersOf<S>>(flow: Flow<S, A>, chosen: A): Built<S, A> {
  const steps: S[] = [];
  const kept: Partial<Record<S, string>> = {};
  const total = Object.keys(flow.steps).length;
  // A flow is acyclic: the path ends within as many steps as the flow has.
  for (let step: S | undefined = flow.first; step !== undefined && steps.length < total; ) {
    steps.push(step);
    const answer = chosen[step];
    if (answer !== undefined) kept[step] = answer;
    const next: Next<S> = flow.next[step](kept as A);
    step = 'step' in next ? next.step : undefined;
  }
  const answers = kept as A;
  return { steps, answers, stop: walk(flow, answers).stop, query: toQuery(flow, answers) };
}
