/**
 * A flow's result pages as a decision diagram the page's first script can follow before the
 * app has loaded (docs/decisions/0006-results-paint-from-the-html.md). The build walks every
 * path through a flow to its result, renders the part of the result the customer came for
 * from those answers (the same component the app renders), and writes the distinct renders
 * with this diagram into the result page's HTML. The page's loader then reads the URL's
 * answers by the URL contract's rules and shows the render they lead to at once; the app,
 * when it starts, renders the same thing from the same answers over it.
 *
 * Pure: no React, no DOM. The loader's reading of the query and of the diagram (`follow`,
 * `earlyHtml`) is in build/first-paint-loader.ts; src/flow/decision.test.ts holds it to resolve().
 */
import type { Flow, Next } from './engine';

type AnswersOf<S extends string> = { readonly [K in S]?: string };

/**
 * A node asks one step: `[step, edges]`, where `edges` lists where each answer leads, in the
 * order of the step's options, or is one target when every answer leads to the same place. A
 * target `t >= 0` is a node's index; `t < 0` is the render `-t - 1`.
 */
export type DecisionNode = readonly [step: string, edges: readonly number[] | number];

export interface Decision {
  /** Each step's answers, lower case, as the flow defines them. */
  readonly options: Readonly<Record<string, readonly string[]>>;
  readonly nodes: readonly DecisionNode[];
  /** The first step's node. */
  readonly root: number;
  /** The distinct renders, each as the parts it is made of, in order (indices into `parts`). */
  readonly renders: readonly (readonly number[])[];
  /** The distinct parts of all renders, as HTML: a render's HTML is its parts joined. */
  readonly parts: readonly string[];
}

/**
 * A render cut into parts: `whole` as React renders it, `pieces` the renders of consecutive
 * children of it (each as React renders it alone). Gives the text before the first piece, the
 * pieces, and the text after the last; throws when they do not make up `whole` exactly.
 */
export function cut(whole: string, pieces: readonly string[]): string[] {
  if (pieces.length === 0) return [whole];
  const joined = pieces.join('');
  const start = whole.indexOf(joined);
  if (start === -1) throw new Error('the pieces are not consecutive parts of the whole render');
  return [whole.slice(0, start), ...pieces, whole.slice(start + joined.length)].filter((part) => part !== '');
}

/**
 * Every path through the flow to its result, as the answers on it. A flow's `next` reads only
 * the answers before the step it routes from, so the answers so far decide each branch.
 */
export function* completePaths<S extends string, A extends AnswersOf<S>>(flow: Flow<S, A>): Generator<A> {
  function* from(step: S, answers: A): Generator<A> {
    for (const option of flow.steps[step].options) {
      const given = { ...answers, [step]: option } as A;
      const next: Next<S> = flow.next[step](given);
      if ('outcome' in next) yield given;
      else yield* from(next.step, given);
    }
  }
  yield* from(flow.first, {} as A);
}

/**
 * Builds the diagram: `render` gives each complete path's HTML as the parts it is made of (a
 * list of causes, say, one part per cause, so that a cause's HTML is written once however many
 * renders list it); equal parts, equal renders and equal subtrees are shared.
 */
export function decide<S extends string, A extends AnswersOf<S>>(flow: Flow<S, A>, render: (answers: A) => readonly string[]): Decision {
  const nodes: DecisionNode[] = [];
  const nodeIndex = new Map<string, number>();
  const renders: number[][] = [];
  const renderIndex = new Map<string, number>();
  const parts: string[] = [];
  const partIndex = new Map<string, number>();
  const intern = <T>(list: T[], index: Map<string, number>, key: string, value: T): number => {
    let found = index.get(key);
    if (found === undefined) {
      found = list.push(value) - 1;
      index.set(key, found);
    }
    return found;
  };

  const leaf = (answers: A): number => {
    const ids = render(answers).map((part) => intern(parts, partIndex, part, part));
    return -intern(renders, renderIndex, ids.join(','), ids) - 1;
  };
  const node = (step: S, answers: A): number => {
    const edges = flow.steps[step].options.map((option) => {
      const given = { ...answers, [step]: option } as A;
      const next: Next<S> = flow.next[step](given);
      return 'outcome' in next ? leaf(given) : node(next.step, given);
    });
    const targets = new Set(edges);
    const shape: DecisionNode = [step, targets.size === 1 ? (targets.values().next().value as number) : edges];
    return intern(nodes, nodeIndex, JSON.stringify(shape), shape);
  };

  const root = node(flow.first, {} as A);
  const steps: Readonly<Record<string, { readonly options: readonly string[] }>> = flow.steps;
  const options = Object.fromEntries(Object.entries(steps).map(([step, { options: list }]) => [step, list]));
  return { options, nodes, root, renders, parts };
}
