/**
 * Turns a URL (the requested page and its query string) into what the page should show,
 * by replaying the answers from the first step, the way GOV.UK Smart Answers'
 * StateResolver does (docs/decisions/0001-url-contract.md):
 * - unknown keys and repeated keys are dropped; keys and values are matched case-insensitively;
 * - an answer that is not one of the step's options stops the replay there: that step is
 *   shown again with an error naming what was not understood;
 * - a page the answers cannot reach yet sends the visitor to the furthest reachable step;
 * - any URL that is not canonical is redirected to the canonical one, so that a URL only
 *   ever carries answers, in flow order.
 */
import { RESULT, isAnswerOf, isStepOf, type Flow } from './engine';

/** Longest raw value echoed back in an error message; the rest is cut. */
const MAX_ECHO = 40;

/**
 * The raw value as echoed in an error and in the canonical URL. A cut value ends in `…`:
 * a bare cut could read as a valid answer (`yes` + spaces + junk) or as no answer (spaces
 * + junk) when that URL is read again. Cut on a code point, never inside a surrogate pair.
 */
export function echo(rawValue: string): string {
  if (rawValue.length <= MAX_ECHO) return rawValue;
  let cut = '';
  for (const char of rawValue) {
    if (cut.length + char.length > MAX_ECHO - 1) break;
    cut += char;
  }
  return `${cut}…`;
}

type AnswersOf<S extends string> = { readonly [K in S]?: string };

export interface InvalidAnswer<S extends string> {
  readonly step: S;
  /** What the URL held, cut to a readable length. Rendered as text, never as markup. */
  readonly value: string;
}

export type Resolution<S extends string, A extends AnswersOf<S>> =
  /**
   * Show this step. `answers` holds every valid answer on the path (later ones too, so
   * that "Change" keeps them); `before` the steps answered before this one, in order.
   */
  | {
      readonly kind: 'step';
      readonly step: S;
      readonly answers: A;
      readonly before: readonly S[];
      readonly error: InvalidAnswer<S> | null;
    }
  /** Every step on the path is answered: show the result. */
  | { readonly kind: 'result'; readonly answers: A; readonly path: readonly S[] }
  /** The URL asks for a page it cannot show as given: go there instead (replacing history). */
  | { readonly kind: 'redirect'; readonly to: S | typeof RESULT; readonly query: string }
  /** Not a page of this flow. */
  | { readonly kind: 'not-found' };

/**
 * Reads values from a query string by the URL contract's rules, for the flows and the
 * settings checker alike: keys are trimmed and matched case-insensitively; unknown keys and
 * repeats are dropped (the first occurrence wins); an empty value is no value; a value
 * `read` does not understand is left out and named in `invalid`, with what the URL held
 * cut by echo(). Never throws.
 */
export function readQuery<K extends string, V>(
  search: string,
  isKey: (key: string) => key is K,
  read: (key: K, rawValue: string) => V | undefined,
): { values: Partial<Record<K, V>>; invalid: Map<K, string> } {
  const values: Partial<Record<K, V>> = {};
  const invalid = new Map<K, string>();
  const seen = new Set<string>();
  for (const [rawKey, rawValue] of new URLSearchParams(search)) {
    const key = rawKey.trim().toLowerCase();
    if (!isKey(key) || seen.has(key)) continue;
    seen.add(key);
    // An empty answer is no answer: the question is simply asked.
    if (rawValue.trim() === '') continue;
    const value = read(key, rawValue);
    if (value === undefined) invalid.set(key, echo(rawValue));
    else values[key] = value;
  }
  return { values, invalid };
}

/** Reads a flow's answers from a query string: each value must be one of its step's answers. */
export function parseAnswers<S extends string, A extends AnswersOf<S>>(
  flow: Flow<S, A>,
  search: string,
): { answers: A; invalid: Map<S, string> } {
  const { values, invalid } = readQuery(
    search,
    (key): key is S => isStepOf(flow, key),
    (step, rawValue) => {
      const value = rawValue.trim().toLowerCase();
      return isAnswerOf(flow, step, value) ? value : undefined;
    },
  );
  return { answers: values as A, invalid };
}

/** Follows the answers from the first step as far as they go. */
export function walk<S extends string, A extends AnswersOf<S>>(
  flow: Flow<S, A>,
  answers: A,
): { path: S[]; stop: S | typeof RESULT } {
  const path: S[] = [];
  let current = flow.first;
  // A flow is acyclic, so the walk ends within as many steps as the flow has.
  for (;;) {
    if (answers[current] === undefined) return { path, stop: current };
    path.push(current);
    const n = flow.next[current](answers);
    if ('outcome' in n) return { path, stop: RESULT };
    current = n.step;
  }
}

/**
 * The answers on the path to the result, or null when they do not reach it: what a result's
 * early part is drawn from (src/components/flow/early-part.tsx), before and after hydration.
 */
export function resultAnswers<S extends string, A extends AnswersOf<S>>(flow: Flow<S, A>, search: string): A | null {
  const { answers } = parseAnswers(flow, search);
  const { path, stop } = walk(flow, answers);
  if (stop !== RESULT) return null;
  return Object.fromEntries(path.map((step) => [step, answers[step]])) as unknown as A;
}

/**
 * The canonical query string for a set of answers: the answers on the path, in flow
 * order, and, where given, the one not understood. Starts with `?` unless empty.
 */
export function toQuery<S extends string, A extends AnswersOf<S>>(
  flow: Flow<S, A>,
  answers: A,
  invalid?: InvalidAnswer<S> | null,
): string {
  const params = new URLSearchParams();
  for (const step of walk(flow, answers).path) params.set(step, answers[step] as string);
  if (invalid) params.set(invalid.step, invalid.value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The answers with one replaced (or removed, with `undefined`), for Change links and Continue. */
export function withAnswer<S extends string, A extends AnswersOf<S>>(answers: A, step: S, value: string | undefined): A {
  const copy: Record<string, string | undefined> = { ...answers, [step]: value };
  return Object.fromEntries(Object.entries(copy).filter(([, v]) => v !== undefined)) as A;
}

export function resolve<S extends string, A extends AnswersOf<S>>(
  flow: Flow<S, A>,
  page: string,
  search: string,
): Resolution<S, A> {
  const requested = page.trim().toLowerCase();
  // No page at all is the flow's own folder (`/ja/setup/`, a link cut short): like a step the
  // answers cannot reach, it leads to the furthest step they do reach.
  if (requested !== '' && requested !== RESULT && !isStepOf(flow, requested)) return { kind: 'not-found' };

  const { answers, invalid } = parseAnswers(flow, search);
  const { path, stop } = walk(flow, answers);
  // An invalid answer matters only where the valid ones stop: anywhere else it is off the path.
  const error = stop !== RESULT && invalid.has(stop) ? { step: stop, value: invalid.get(stop) ?? '' } : null;
  const canonical = toQuery(flow, answers, error);
  const given = search === '?' ? '' : search;

  const reachable: readonly string[] = [...path, stop];
  if (!reachable.includes(requested)) return { kind: 'redirect', to: stop, query: canonical };
  if (requested !== page || canonical !== given) {
    return { kind: 'redirect', to: requested as S | typeof RESULT, query: canonical };
  }
  if (requested === RESULT) return { kind: 'result', answers, path };
  const step = requested as S;
  const index = path.indexOf(step);
  return {
    kind: 'step',
    step,
    answers,
    before: index === -1 ? path : path.slice(0, index),
    error: error?.step === step ? error : null,
  };
}
