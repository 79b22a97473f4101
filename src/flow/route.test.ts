/**
 * The loader's redirect (build/first-paint-loader.ts `redirectOf`), which sends a link the app
 * would redirect straight to its page before the app has loaded, held to the resolver: for every
 * page of each flow and any link, it goes exactly where resolve() sends the visitor, and a page it
 * sends a visitor to is one it leaves alone (no loop); it tells the app to draw afresh exactly the
 * pages the app shows with an error for their own step.
 */
import { describe, expect, it } from 'vitest';
import { redirectOf, showsAnswerError, type FlowRoute } from '../../build/first-paint-loader';
import { CANT_RECEIVE_FLOW } from '../troubleshoot/cant-receive';
import { CANT_SEND_FLOW } from '../troubleshoot/cant-send';
import { completePaths, decide } from './decision';
import { RESULT, type AnyFlow } from './engine';
import { randomSearch } from './random-links';
import { resolve, toQuery } from './resolve';
import { seededRandom } from './seeded-random';
import { SETUP_FLOW } from './steps';

const FLOWS: readonly AnyFlow[] = [SETUP_FLOW as AnyFlow, CANT_SEND_FLOW as AnyFlow, CANT_RECEIVE_FLOW as AnyFlow];

/** Where the app sends the visitor, or undefined when it shows the page asked for. */
function appRedirect(flow: AnyFlow, page: string, search: string) {
  const r = resolve(flow, page, search);
  if (r.kind === 'not-found') throw new Error(`${page} is not a page of ${flow.id}`);
  return r.kind === 'redirect' ? { to: r.to, query: r.query } : undefined;
}

describe.each(FLOWS.map((flow) => [flow.id, flow] as const))('a %s link the app would redirect', (_, flow) => {
  const { options, nodes, root } = decide(flow, () => []);
  const pages = ['', ...Object.keys(flow.steps), RESULT];
  const routeOf = (step: string): FlowRoute => ({ options, nodes, root, step });

  it('is a small diagram: every result is one leaf', () => {
    expect(nodes.length).toBeLessThanOrEqual(Object.keys(flow.steps).length * 3);
  });

  // Paths share their beginnings: each query once.
  const searches = new Set<string>();
  for (const answers of completePaths(flow)) {
    const steps = Object.keys(answers);
    for (let n = 0; n <= steps.length; n++) searches.add(toQuery(flow, Object.fromEntries(steps.slice(0, n).map((step) => [step, answers[step] as string]))));
  }

  // Thousands of links through every page: the time allowed grows with their number.
  it('goes where the app goes, from every page, for every canonical path and its beginnings', { timeout: 5_000 + searches.size * pages.length * 2 }, () => {
    let redirected = 0;
    for (const search of searches) {
      for (const page of pages) {
        const expected = appRedirect(flow, page, search);
        expect(redirectOf(routeOf(page), search), `${page}${search}`).toEqual(expected);
        if (expected) redirected++;
      }
    }
    expect(redirected).toBeGreaterThan(100);
  });

  const LINKS = 3000;
  it('goes where the app goes for any link, and never on from where it sends', { timeout: 5_000 + LINKS * 10 }, () => {
    const random = seededRandom(0x5e7d + flow.id.length);
    let errors = 0;
    for (let i = 0; i < LINKS; i++) {
      const search = randomSearch(flow, random);
      const page = random.pick(pages);
      const found = redirectOf(routeOf(page), search);
      expect(found, `${page}${search}`).toEqual(appRedirect(flow, page, search));
      if (found) expect(redirectOf(routeOf(found.to), found.query), `from ${page}${search}`).toBeUndefined();
      // The pages the app shows with an error, which it then draws afresh: this one, and the one it sends to.
      for (const [at, query] of [[page, search], ...(found ? [[found.to, found.query]] : [])] as const) {
        const r = resolve(flow, at, query);
        expect(showsAnswerError(routeOf(at), query), `${at}${query}`).toBe(r.kind === 'step' && r.error !== null);
        if (r.kind === 'step' && r.error !== null) errors++;
      }
    }
    expect(errors).toBeGreaterThan(20);
  });
});
