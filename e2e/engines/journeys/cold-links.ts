/**
 * Support links opened cold, each with the app's entry script held at the server: the page
 * shows its heading and its content from the HTML (and the first script) before the app starts,
 * and after it has started the heading and the content are in the same place — these engines
 * have no layout-shift API, so their boxes are compared — and it is not an error page.
 */
import { expect } from 'vitest';
import { paths, type Lang } from '../../../src/app/paths';
import { RESULT } from '../../../src/flow/engine';
import { toQuery } from '../../../src/flow/resolve';
import { SETUP_FLOW } from '../../../src/flow/steps';
import { checkToQuery } from '../../../src/troubleshoot/check-query';
import type { Query } from '../in-page';
import { WAIT_MS, type Box, type EnginePage } from '../page';
import { fill, h1, textOf, type Text } from '../text';
import { SETUP } from './flows';
import type { Journey } from './journey';
import { WRONG_PORT } from './tools';

/** The app's entry script (the page's first script asks for it once the HTML is there). */
const ENTRY = /^\/assets\/main-[^/]+\.js$/;

interface ColdLink {
  readonly name: string;
  readonly path: (lang: Lang) => string;
  /** Where the page is once its first script has run (a link the app redirects is sent on). */
  readonly lands?: (lang: Lang) => string;
  readonly heading: (t: Text) => string;
  /** What the customer came for, as the page's HTML has it. */
  readonly content: Query;
  /** What only the app draws, once it has started. */
  readonly drawn?: (t: Text) => Query;
}

const FIRST_PAINTED: Query = { css: 'main [elementtiming="content"]' };

const LINKS: readonly ColdLink[] = [
  {
    name: 'a question with answers',
    path: (lang) => paths.setup(lang, 'client', toQuery(SETUP_FLOW, { registration: 'yes', network: 'asahi', 'virus-check': 'no', antivirus: 'no' })),
    heading: (t) => t.steps.client.title,
    content: FIRST_PAINTED,
  },
  {
    name: 'a result with answers',
    path: (lang) => paths.setup(lang, RESULT, toQuery(SETUP_FLOW, SETUP)),
    heading: (t) => t.result.title,
    content: { css: 'main [data-early] dd' },
  },
  {
    name: 'a link the app redirects (an answer that is not an option)',
    path: (lang) => paths.cantSend(lang, 'port', '?symptom=error'),
    lands: (lang) => paths.cantSend(lang, 'symptom', '?symptom=error'),
    heading: (t) => t.troubleshoot.flows['cant-send'].steps.symptom.title,
    content: FIRST_PAINTED,
  },
  {
    name: 'a check with its settings',
    path: (lang) => paths.check(lang, checkToQuery(WRONG_PORT)),
    heading: (t) => t.troubleshoot.check.title,
    // The checker's HTML is the empty checker; the app draws the diagnoses, above the form
    // (docs/decisions/0012): what stays in place is the heading and the words under it.
    content: { css: 'main h1 ~ p' },
    drawn: (t) => ({ within: { role: 'region', name: t.troubleshoot.check.resultTitle }, role: 'heading', level: 3, name: fill(t.troubleshoot.check.diagnoses['port-wrong-role'].title, { given: String(WRONG_PORT['in-port']) }) }),
  },
  {
    name: 'an error message’s own page',
    path: (lang) => paths.errorMessage(lang, 'ol-0x800ccc0e'),
    heading: (t) => t.errorLookup.title,
    content: FIRST_PAINTED,
  },
];

/** Where the heading and the content are, and the content's text. */
async function layout(page: EnginePage, link: ColdLink): Promise<{ heading: Box; content: Box; text: string }> {
  return { heading: await page.box(h1), content: await page.box(link.content), text: await page.textOf(link.content) };
}

function expectSamePlace(after: Box, before: Box, what: string): void {
  for (const side of ['x', 'y', 'width', 'height'] as const) {
    expect(Math.abs(after[side] - before[side]), `${what}: ${side} ${before[side]} → ${after[side]}`).toBeLessThanOrEqual(1);
  }
}

async function serverHolds(page: EnginePage): Promise<void> {
  const until = Date.now() + WAIT_MS;
  while (page.server.holding === 0) {
    if (Date.now() > until) throw new Error(`${page.engine}: the page never asked for the app's entry script`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

async function openCold(page: EnginePage, lang: Lang, link: ColdLink): Promise<void> {
  const t = textOf(lang);
  const lands = (link.lands ?? link.path)(lang);
  page.server.hold(ENTRY);
  await page.startOpening(link.path(lang));
  await serverHolds(page);
  await page.expectLocation(lands);
  await page.expectHeading(link.heading(t));
  await page.waitForElement(link.content);
  expect(await page.run('() => document.documentElement.dataset.ready', []), `${link.name}: the app has not started`).not.toBe('true');
  const before = await layout(page, link);
  expect(before.text, `${link.name}: content before the app`).not.toBe('');

  page.server.release();
  await page.ready();
  await page.expectHeading(link.heading(t));
  const after = await layout(page, link);
  expectSamePlace(after.heading, before.heading, `${link.name}: the heading`);
  expectSamePlace(after.content, before.content, `${link.name}: the content`);
  if (link.drawn) await page.waitForElement(link.drawn(t));
  expect(await page.location(), `${link.name}: the same page, not an error page`).toBe(lands);
  expect(await page.textOf(h1)).not.toBe(t.errors.failed.title);
}

export const coldLinks: Journey = {
  id: 'cold-links',
  title: 'support links opened cold: content before the app starts, in the same place after it',
  async run(page, lang) {
    for (const link of LINKS) await openCold(page, lang, link);
  },
};
