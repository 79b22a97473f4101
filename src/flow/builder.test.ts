/**
 * The link builder's links are the URLs the flow's own pages reach. The pages are simulated
 * through `resolve` alone, the way a customer clicks: from the first question's URL, each
 * Continue adds one answer to the URL and follows the redirects the resolver gives, until a
 * question or the result is shown. Every state reached that way, for every answer of every
 * question of the three flows, is compared with what the builder makes of the same answers,
 * given to it in any order and with answers to questions off the path.
 */
import { describe, expect, it } from 'vitest';
import { CANT_RECEIVE_FLOW } from '../troubleshoot/cant-receive';
import { CANT_SEND_FLOW } from '../troubleshoot/cant-send';
import { build } from './builder';
import { RESULT, type AnyFlow } from './engine';
import { resolve } from './resolve';
import { seededRandom } from './seeded-random';
import { SETUP_FLOW, STEP_IDS } from './steps';

interface Reached {
  readonly page: string;
  readonly query: string;
  readonly answers: Record<string, string>;
  /** The questions answered, in the order they were asked. */
  readonly path: readonly string[];
}

/** Opens a URL as the browser would, following the resolver's redirects to the page it shows. */
function open(flow: AnyFlow, page: string, query: string): Reached {
  for (let hops = 0; hops < 3; hops += 1) {
    const shown = resolve(flow, page, query);
    if (shown.kind === 'redirect') {
      page = shown.to;
      query = shown.query;
      continue;
    }
    if (shown.kind === 'step') return { page, query, answers: shown.answers, path: shown.before };
    if (shown.kind === 'result') return { page, query, answers: shown.answers, path: shown.path };
    throw new Error(`not a page: ${page}${query}`);
  }
  throw new Error(`redirect loop at ${page}${query}`);
}

/** Every page a customer can reach by clicking through, with the answers that reach it. */
function clickThrough(flow: AnyFlow): Reached[] {
  const reached: Reached[] = [];
  const visit = (at: Reached) => {
    reached.push(at);
    if (at.page === RESULT) return;
    for (const option of flow.steps[at.page]?.options ?? []) {
      const params = new URLSearchParams(at.query);
      params.set(at.page, option);
      // Continue asks for the result; the resolver sends the customer as far as the answers go.
      visit(open(flow, RESULT, `?${params.toString()}`));
    }
  };
  visit(open(flow, flow.first, ''));
  return reached;
}

const FLOWS: readonly AnyFlow[] = [SETUP_FLOW as AnyFlow, CANT_SEND_FLOW as AnyFlow, CANT_RECEIVE_FLOW as AnyFlow];

describe.each(FLOWS.map((flow) => [flow.id, flow] as const))('the link builder for %s', (_id, flow) => {
  const reached = clickThrough(flow);
  const random = seededRandom(7);

  it('reaches every question and a result by clicking through', () => {
    const pages = new Set(reached.map((r) => r.page));
    for (const step of Object.keys(flow.steps)) expect(pages, step).toContain(step);
    expect(pages).toContain(RESULT);
    expect(reached.filter((r) => r.page === RESULT).length).toBeGreaterThan(10);
  });

  it('makes, for every answer combination, the link the flow reaches when clicked through', { timeout: 5_000 + reached.length * 10 }, () => {
    for (const at of reached) {
      // Answers in a shuffled order (support staff answer in the order the customer talks),
      // plus, on a result, answers to the questions the path does not take, which must be left out.
      const entries = Object.entries(at.answers).sort(() => random.next() - 0.5);
      const offPath = Object.keys(flow.steps)
        .filter((step) => !(step in at.answers) && step !== at.page && !at.path.includes(step))
        .map((step) => [step, random.pick(flow.steps[step]?.options ?? [''])] as const);
      const chosen = Object.fromEntries(at.page === RESULT ? [...entries, ...offPath] : entries);
      const built = build(flow, chosen);
      expect({ stop: built.stop, query: built.query }, `${at.page}${at.query}`).toEqual({ stop: at.page, query: at.query });
      if (at.page === RESULT) {
        // Every question of the path is on the builder's screen, and no other.
        expect(built.steps).toEqual(at.path);
        expect(built.answers).toEqual(at.answers);
      } else {
        expect(built.steps.slice(0, at.path.length)).toEqual(at.path);
        expect(built.steps).toContain(at.page);
      }
    }
  });

  it('shows every question before any is answered only where the flow reaches it without an answer', () => {
    const { steps, stop, query } = build(flow, {});
    expect(steps[0]).toBe(flow.first);
    expect(stop).toBe(flow.first);
    expect(query).toBe('');
    expect(new Set(steps).size).toBe(steps.length);
  });
});

describe('the link builder for the setup flow', () => {
  it('asks about an unknown app only once "other" is chosen, and keeps the answer off the path out', () => {
    const base = { registration: 'yes', network: 'asahi', 'virus-check': 'no', antivirus: 'no' } as const;
    expect(build(SETUP_FLOW, { ...base, client: 'thunderbird', 'client-ssl': 'no' })).toMatchObject({
      steps: ['registration', 'network', 'virus-check', 'antivirus', 'client'],
      stop: RESULT,
      query: '?registration=yes&network=asahi&virus-check=no&antivirus=no&client=thunderbird',
    });
    // Every question of the flow, in its order.
    expect(build(SETUP_FLOW, { ...base, client: 'other', 'client-ssl': 'no' }).steps).toEqual(STEP_IDS);
  });

  it('links to the first unanswered question with the answers before it, as the flow does', () => {
    expect(build(SETUP_FLOW, { registration: 'no', 'virus-check': 'yes', client: 'outlook' })).toMatchObject({
      stop: 'network',
      query: '?registration=no',
    });
  });
});
