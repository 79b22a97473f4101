/**
 * The flow engine shared by every question flow of the guide (setup, troubleshooting).
 * A flow is a declarative definition: step ids, the answers each allows, and `next`,
 * which returns the next step or the result and nothing else (GOV.UK Smart Answers'
 * next-node rules). The engine replays answers from a URL against a definition.
 */

/** The id of the page that ends every flow. */
export const RESULT = 'result';

export type Next<S extends string> = { readonly step: S } | { readonly outcome: typeof RESULT };

export interface Flow<S extends string, A extends { readonly [K in S]?: string } = { readonly [K in S]?: string }> {
  /** The first path segment after the language, e.g. `setup`. */
  readonly id: string;
  readonly first: S;
  readonly steps: { readonly [K in S]: { readonly options: readonly string[] } };
  readonly next: { readonly [K in S]: (answers: A) => Next<S> };
}

export type AnyFlow = Flow<string, Record<string, string>>;

export function isStepOf<S extends string>(flow: Flow<S, never>, value: string): value is S {
  return Object.hasOwn(flow.steps, value);
}

export function isAnswerOf<S extends string>(flow: Flow<S, never>, step: S, value: string): boolean {
  return flow.steps[step].options.includes(value);
}
