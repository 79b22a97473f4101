/**
 * Hostile and malformed URLs, generated from a fixed seed so that every run tests the same
 * inputs and a failure names the case that broke. Whatever a link holds, the resolver must
 * answer with one of its four kinds, send a visitor at most one redirect away from a page
 * it can show, and echo nothing longer than 40 characters.
 */
import { describe, expect, it } from 'vitest';
import { RESULT } from './engine';
import { resolve, type Resolution } from './resolve';
import { SETUP_FLOW, STEP_IDS, optionsOf, type Answers, type StepId } from './steps';
import { seededRandom } from './seeded-random';

const SEED = 0x5eed_a5a1;
const CASE_COUNT = 800;

const { next: rand, int, pick } = seededRandom(SEED);

const HOSTILE = [
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  '"><img onerror=alert(1) src=x>',
  'javascript:alert(1)',
  '%00',
  '\u0000',
  'yes%00',
  '%E2%80%AE', // right-to-left override
  '%F0%9F%98%80', // an emoji
  '%FF%FE', // not UTF-8
  '%', // a broken escape
  '%zz',
  'ｙｅｓ', // full-width
  'はい',
  'YES',
  ' yes ',
  '+yes+',
  'Yes\u3000',
  '\uD800', // a lone surrogate
  '__proto__',
  'constructor',
  '../',
  '&',
  '=',
  '==',
  '?',
  '#',
  '%26',
  '%3D',
];

const UNICODE = ['é', 'ß', 'İ', 'K', 'ﬀ', '😀', '漢', '\u200b', '\u3000', ' ', '\t', '\n', '\0', '\uD83D'];

function randomText(max: number): string {
  const n = int(max + 1);
  let s = '';
  for (let i = 0; i < n; i += 1) {
    const r = rand();
    if (r < 0.5) s += String.fromCharCode(97 + int(26));
    else if (r < 0.7) s += pick(UNICODE);
    else if (r < 0.85) s += pick(['-', '_', '.', '%', '+', '=', '&', '/', '?']);
    else s += String.fromCharCode(int(0x800));
  }
  return s;
}

function wrongCase(s: string): string {
  return [...s].map((c) => (rand() < 0.5 ? c.toUpperCase() : c)).join('');
}

function randomKey(): string {
  const r = rand();
  if (r < 0.55) return pick(STEP_IDS);
  if (r < 0.7) return wrongCase(pick(STEP_IDS));
  if (r < 0.75) return ` ${pick(STEP_IDS)} `;
  if (r < 0.8) return '';
  if (r < 0.9) return pick(['utm_source', 'fbclid', 'result', 'page', '__proto__', 'constructor', 'client_ssl']);
  return randomText(12);
}

function randomValue(key: string): string {
  const step = STEP_IDS.find((s) => s === key.trim().toLowerCase());
  const r = rand();
  if (step && r < 0.45) return pick(optionsOf(step));
  if (step && r < 0.55) return wrongCase(pick(optionsOf(step)));
  // An option padded so that a 40-character cut would read as that option, or as nothing.
  if (step && r < 0.6) {
    return `${pick(optionsOf(step))}${pick([' ', '\u3000', '\t'])}`.padEnd(40 + int(40), ' ') + 'x';
  }
  if (r < 0.65) return ' '.repeat(40 + int(10)) + randomText(3);
  if (r < 0.7) return 'x'.repeat(10_000);
  if (r < 0.73) return pick(optionsOf(pick(STEP_IDS))).repeat(2000);
  if (r < 0.85) return pick(HOSTILE);
  if (r < 0.9) return '';
  return randomText(50);
}

/** A query string assembled by hand, so that it can be malformed in ways URLSearchParams would not produce. */
function randomSearch(): string {
  const r = rand();
  if (r < 0.05) return '';
  if (r < 0.1) {
    return pick(['?', '??', '?&', '&&&', '?=', '?===&==', '?&=&=&', '=&=', '?registration', '?registration&network']);
  }
  const parts: string[] = [];
  // A clean, complete walk now and then, so that some URLs are canonical as given.
  const clean = r < 0.2;
  // Often a prefix of a valid walk, so that the later pages and the result are reached too.
  if (clean || rand() < 0.6) {
    let step: StepId | typeof RESULT = SETUP_FLOW.first;
    let answers: Answers = {};
    const stopAfter = clean ? STEP_IDS.length : int(STEP_IDS.length + 2);
    while (step !== RESULT && parts.length < stopAfter) {
      const value = pick(optionsOf(step));
      answers = { ...answers, [step]: value } as Answers;
      parts.push(`${step}=${value}`);
      const n = SETUP_FLOW.next[step](answers);
      step = 'outcome' in n ? RESULT : n.step;
    }
  }
  if (clean) return `?${parts.join('&')}`;
  const extra = int(6);
  for (let i = 0; i < extra; i += 1) {
    const key = randomKey();
    const value = randomValue(key);
    const encode = rand() < 0.5;
    const k = encode ? encodeURIComponent(key.replace(/[\uD800-\uDFFF]/g, '')) : key;
    const v = encode ? encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, '')) : value;
    parts.splice(int(parts.length + 1), 0, rand() < 0.05 ? k : `${k}=${v}`);
  }
  if (rand() < 0.1) parts.push(pick(['=', '==', '&', '%', '#frag']));
  const body = parts.join(rand() < 0.1 ? '&&' : '&');
  return rand() < 0.9 ? `?${body}` : body;
}

function randomPage(): string {
  const r = rand();
  if (r < 0.35) return pick(STEP_IDS);
  if (r < 0.55) return RESULT;
  if (r < 0.65) return wrongCase(pick([...STEP_IDS, RESULT]));
  if (r < 0.75) return `${pick([...STEP_IDS, RESULT])}${pick(['/', '//', ' ', '\t', '%20'])}`;
  if (r < 0.9)
    return pick([
      ...['RESULT', 'Network', 'Client-SSL', '../', '..', '', '/', '.', 'setup', 'results'],
      ...['__proto__', 'constructor', 'toString', '%2e%2e%2f'],
    ]);
  return randomText(20);
}

interface Case {
  readonly n: number;
  readonly page: string;
  readonly search: string;
}

const CASES: Case[] = Array.from({ length: CASE_COUNT }, (_, n) => ({ n, page: randomPage(), search: randomSearch() }));
const PAGE_IDS: readonly string[] = [...STEP_IDS, RESULT];
const KINDS = ['step', 'result', 'redirect', 'not-found'];

function label(c: Case): string {
  const show = (s: string) => JSON.stringify(s.length > 120 ? `${s.slice(0, 120)}…(${s.length})` : s);
  return `case #${c.n} (seed ${SEED}): page ${show(c.page)} search ${show(c.search)}`;
}

type R = Resolution<StepId, Answers>;

interface Resolved extends Case {
  /** What resolve threw, if it threw. */
  readonly thrown: unknown;
  readonly first: R | undefined;
  /** For a redirect, what its target resolves to; otherwise the first answer again. */
  readonly shown: R | undefined;
}

/** Each case resolved once, and its redirect followed once; a throw is kept, not raised. */
const RESOLVED: Resolved[] = CASES.map((c) => {
  try {
    const first = resolve(SETUP_FLOW, c.page, c.search);
    const shown = first.kind === 'redirect' ? resolve(SETUP_FLOW, first.to, first.query) : first;
    return { ...c, thrown: undefined, first, shown };
  } catch (thrown) {
    return { ...c, thrown, first: undefined, shown: undefined };
  }
});

/** The answers of a step or result page must all be legal options of their steps. */
function expectLegalAnswers(r: R | undefined, where: string): void {
  if (r?.kind !== 'step' && r?.kind !== 'result') return;
  for (const [key, value] of Object.entries(r.answers)) {
    expect(STEP_IDS, where).toContain(key);
    expect(optionsOf(key as StepId), where).toContain(value);
  }
}

describe(`resolve with ${CASE_COUNT} generated hostile URLs (seed ${SEED})`, () => {
  it('generates at least 500 distinct inputs', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(500);
    expect(new Set(CASES.map((c) => `${c.page}\n${c.search}`)).size).toBeGreaterThanOrEqual(500);
    expect(CASES.some((c) => c.search.length >= 10_000)).toBe(true);
  });

  it('never throws, and always answers with one of the four kinds', () => {
    for (const c of RESOLVED) {
      expect(c.thrown, label(c)).toBeUndefined();
      expect(KINDS, label(c)).toContain(c.first?.kind);
    }
  });

  it('exercises every kind, so the invariants below are not vacuous', () => {
    const count = (f: (c: Resolved) => boolean) => RESOLVED.filter(f).length;
    for (const kind of KINDS) expect(count((c) => c.first?.kind === kind), kind).toBeGreaterThan(10);
    expect(count((c) => c.first?.kind === 'redirect' && c.shown?.kind === 'result')).toBeGreaterThan(10);
    const errorAfterRedirect = (c: Resolved) =>
      c.first?.kind === 'redirect' && c.shown?.kind === 'step' && c.shown.error !== null;
    expect(count(errorAfterRedirect)).toBeGreaterThan(10);
  });

  it('redirects only to a page of the flow, with a canonical query of step ids only', () => {
    for (const c of RESOLVED) {
      const r = c.first;
      if (r?.kind !== 'redirect') continue;
      expect(PAGE_IDS, label(c)).toContain(r.to);
      expect(r.query === '' || r.query.startsWith('?'), label(c)).toBe(true);
      const keys = [...new URLSearchParams(r.query).keys()];
      for (const key of keys) expect(STEP_IDS, label(c)).toContain(key);
      expect(new Set(keys).size, `${label(c)}: a key repeated`).toBe(keys.length);
    }
  });

  it('redirects at most once: the target resolves to that step or the result', () => {
    for (const c of RESOLVED) {
      const r = c.first;
      if (r?.kind !== 'redirect') continue;
      const second = c.shown;
      expect(second?.kind, `${label(c)} → ${r.to}${r.query}`).toMatch(/^(step|result)$/);
      if (second?.kind === 'step') expect(second.step, label(c)).toBe(r.to);
      if (second?.kind === 'result') expect(r.to, label(c)).toBe(RESULT);
    }
  });

  it('echoes at most 40 characters of a value not understood, on the first and the second hop', () => {
    for (const c of RESOLVED) {
      for (const r of [c.first, c.shown]) {
        if (r?.kind !== 'step' || !r.error) continue;
        expect(r.error.value.length, label(c)).toBeLessThanOrEqual(40);
        expect(r.error.step, label(c)).toBe(r.step);
        expect(r.error.value.trim(), `${label(c)}: an error must name something`).not.toBe('');
      }
    }
  });

  it('shows a step or result only with legal answers, and only for the page asked for', () => {
    for (const c of RESOLVED) {
      expectLegalAnswers(c.first, label(c));
      expectLegalAnswers(c.shown, label(c));
      if (c.first?.kind === 'step') expect(c.page, label(c)).toBe(c.first.step);
      if (c.first?.kind === 'result') expect(c.page, label(c)).toBe(RESULT);
    }
  });

  it('never shows the result unless every answer on the path is legal and the walk ends there', () => {
    for (const c of RESOLVED) {
      const shown = c.shown;
      if (shown?.kind !== 'result') continue;
      for (const step of shown.path) expect(shown.answers[step], `${label(c)} ${step}`).toBeDefined();
      const last = shown.path[shown.path.length - 1] as StepId;
      expect(SETUP_FLOW.next[last](shown.answers), label(c)).toEqual({ outcome: RESULT });
    }
  });
});
