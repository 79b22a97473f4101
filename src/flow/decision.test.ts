/**
 * The decision diagram a result page's HTML carries, and the loader's reading of it
 * (build/first-paint-loader.ts `follow`, `earlyHtml`), held to the resolver: whatever a link holds, the
 * loader shows a render exactly when the flow's own pages show the result, and it is the render
 * of the answers the result is drawn from. A render the loader showed for other answers would
 * be a wrong setting on screen until the app started.
 */
import { describe, expect, it } from 'vitest';
import { earlyHtml } from '../../build/first-paint-loader';
import { CANT_RECEIVE_FLOW } from '../troubleshoot/cant-receive';
import { CANT_SEND_FLOW } from '../troubleshoot/cant-send';
import { completePaths, cut, decide } from './decision';
import { RESULT, type AnyFlow } from './engine';
import { resolve, resultAnswers, toQuery } from './resolve';
import { randomSearch } from './random-links';
import { seededRandom } from './seeded-random';
import { SETUP_FLOW } from './steps';

const FLOWS: readonly AnyFlow[] = [SETUP_FLOW as AnyFlow, CANT_SEND_FLOW as AnyFlow, CANT_RECEIVE_FLOW as AnyFlow];

/** A render that names every answer on the path: two paths share it only if their answers are the same. */
const exact = (answers: Record<string, string>) => [JSON.stringify(Object.entries(answers).sort())];

/** A render that depends on one step alone, so that the diagram must share nodes and renders. */
const byFirst = (flow: AnyFlow) => (answers: Record<string, string>) => ['<ol>', `<li>${answers[flow.first] ?? ''}</li>`, '<li>same</li>', '</ol>'];

describe.each(FLOWS.map((flow) => [flow.id, flow] as const))('the %s result in its HTML', (_, flow) => {
  const paths = [...completePaths(flow)];

  it('has a path for every way through the flow, each reaching the result', () => {
    expect(paths.length).toBeGreaterThan(10);
    for (const answers of paths) expect(resolve(flow, RESULT, toQuery(flow, answers)).kind).toBe('result');
  });

  it.each([
    ['every path its own render', exact],
    ['renders shared between paths', byFirst(flow)],
  ])('leads each canonical link to its own answers’ render (%s)', (_, render) => {
    const decision = decide(flow, render);
    for (const answers of paths) {
      expect(earlyHtml(decision, toQuery(flow, answers))).toBe(render(answers).join(''));
    }
  });

  it('shares nodes and renders where the render allows', () => {
    const shared = decide(flow, byFirst(flow));
    expect(shared.renders).toHaveLength(flow.steps[flow.first]?.options.length ?? 0);
    // The parts every render has are written once.
    expect(shared.parts).toHaveLength((flow.steps[flow.first]?.options.length ?? 0) + 3);
    expect(shared.nodes.length).toBeLessThan(decide(flow, exact).nodes.length);
  });

  const LINKS = 3000;
  it('shows a render exactly when the flow shows the result, for any link', { timeout: 5_000 + LINKS * 5 }, () => {
    const decision = decide(flow, exact);
    const random = seededRandom(0xea51 + flow.id.length);
    let reached = 0;
    for (let i = 0; i < LINKS; i++) {
      const search = randomSearch(flow, random);
      const answers = resultAnswers(flow, search);
      const kind = resolve(flow, RESULT, search);
      const showsResult = kind.kind === 'result' || (kind.kind === 'redirect' && kind.to === RESULT);
      expect(answers !== null, search).toBe(showsResult);
      expect(earlyHtml(decision, search) ?? null, search).toBe(answers && exact(answers).join(''));
      if (answers) reached++;
    }
    // The generator reaches the result often enough for this to mean something.
    expect(reached).toBeGreaterThan(300);
  });
});

describe('cutting a render into parts', () => {
  it('gives what comes before, the pieces and what comes after, which join to the whole', () => {
    expect(cut('<ol><li>a</li><li>b</li></ol>', ['<li>a</li>', '<li>b</li>'])).toEqual(['<ol>', '<li>a</li>', '<li>b</li>', '</ol>']);
    expect(cut('<p>x</p>', [])).toEqual(['<p>x</p>']);
  });

  it('refuses pieces that are not consecutive parts of the whole', () => {
    expect(() => cut('<ol><li>a</li><li>b</li></ol>', ['<li>b</li>', '<li>a</li>'])).toThrow();
    expect(() => cut('<ol><li>a</li><!-- --><li>b</li></ol>', ['<li>a</li>', '<li>b</li>'])).toThrow();
  });
});
