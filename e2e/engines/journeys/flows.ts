/**
 * The three flows from their first question to their result, by clicking the answers' labels,
 * with Back on the way and a Change link on the result; each result's first value copied and
 * read back through the engine's own paste.
 */
import { expect } from 'vitest';
import { paths, type Lang } from '../../../src/app/paths';
import { RESULT, type AnyFlow } from '../../../src/flow/engine';
import { recommend } from '../../../src/flow/recommend';
import { toQuery } from '../../../src/flow/resolve';
import { SETUP_FLOW, type Answers } from '../../../src/flow/steps';
import { PORTS } from '../../../src/settings/servers';
import { CANT_RECEIVE_FLOW, type ReceiveAnswers } from '../../../src/troubleshoot/cant-receive';
import { CANT_SEND_FLOW, type SendAnswers } from '../../../src/troubleshoot/cant-send';
import type { EnginePage } from '../page';
import { copyButton, fill, textOf } from '../text';
import { answer, change, clickThrough, type Journey } from './journey';

/** Mail on the iPhone, with every notice that a "don't know" brings. */
export const SETUP: Answers = { registration: 'unsure', network: 'asahi', 'virus-check': 'no', antivirus: 'unsure', client: 'ios-mail' };
// STARTTLS on the submission port; None on the POP over SSL/TLS port.
const SEND: SendAnswers = { symptom: 'secure-connection', port: `${PORTS.submission}`, security: 'starttls', antivirus: 'no' };
const RECEIVE: ReceiveAnswers = { symptom: 'times-out', host: 'pop', port: `${PORTS.popSsl}`, security: 'none' };

async function expectSetupResult(page: EnginePage, lang: Lang, answers: Answers): Promise<void> {
  const t = textOf(lang);
  const outcome = recommend(answers);
  await page.expectLocation(paths.setup(lang, RESULT, toQuery(SETUP_FLOW, answers)));
  await page.expectHeading(t.result.title);
  await page.waitForElement({ text: fill(t.result.code, { code: outcome.code }) });
  // The app's walkthrough arrives after the app has started and draws its steps one by one above
  // the answers' Change links; until its chunk has arrived nothing on the page is busy, so a
  // click that waited only for stillness could land as it pushes a link down (seen once in
  // WebKit at 390 px). Wait until it is whole.
  await page.waitFor(
    '() => { const w = document.querySelector("[data-walkthrough]"); return w !== null && !w.hasAttribute("aria-busy"); }',
    [],
    'the result’s walkthrough to be drawn',
  );
  await page.click(copyButton(lang, t.result.copyWhat.receiveHost));
  expect(await page.readClipboard((text) => text === outcome.receive.host), 'the incoming server, copied').toBe(outcome.receive.host);
  await page.click(copyButton(lang, t.result.copyWhat.sendPort));
  expect(await page.readClipboard((text) => text === String(outcome.send.port)), 'the outgoing port, copied').toBe(String(outcome.send.port));
}

const setup: Journey = {
  id: 'setup-flow',
  title: 'setup: first question to the result by clicking, Back on the way, Change on the result',
  async run(page, lang) {
    await page.open(paths.setup(lang, SETUP_FLOW.first));
    await clickThrough(page, lang, SETUP_FLOW as AnyFlow, SETUP);
    await expectSetupResult(page, lang, SETUP);
    // Another app: Continue goes back to the result, every other answer kept.
    await change(page, lang, SETUP_FLOW as AnyFlow, 'client', 'ios-mail');
    await answer(page, lang, SETUP_FLOW as AnyFlow, 'client', 'thunderbird');
    await expectSetupResult(page, lang, { ...SETUP, client: 'thunderbird' });
  },
};

type Copied = (t: ReturnType<typeof textOf>) => { what: string; value: string };

function troubleshooting(flow: AnyFlow, answers: Readonly<Record<string, string>>, firstCause: string, copied: Copied, changed: string): Journey {
  const id = flow.id as 'cant-send' | 'cant-receive';
  return {
    id,
    title: `${id}: first question to the causes by clicking, Back on the way, Change on the result`,
    async run(page, lang) {
      const t = textOf(lang);
      const ts = t.troubleshoot;
      await page.open(paths.flow(lang, id, flow.first));
      await clickThrough(page, lang, flow, answers);
      const result = paths.flow(lang, id, RESULT, toQuery(flow, answers));
      await page.expectLocation(result);
      await page.expectHeading(ts.flows[id].resultTitle);
      // The most likely cause first.
      await page.expectText({ css: 'main ol section h3' }, (ts.causes as Record<string, { title: string }>)[firstCause]?.title ?? '');
      const { what, value } = copied(t);
      await page.click({ ...copyButton(lang, what), nth: 0 });
      expect(await page.readClipboard((text) => text === value), 'the corrected value, copied').toBe(value);
      // Change an answer and continue: the result again, with the answers as they were.
      await change(page, lang, flow, changed, answers[changed] as string);
      await page.click({ role: 'button', name: t.flow.continue });
      await page.expectHeading(ts.flows[id].resultTitle);
      await page.expectLocation(result);
    },
  };
}

/** The copy button of a cause's corrected connection security, and the value it copies. */
function securityCopied(security: 'none' | 'ssl-tls'): Copied {
  return (t) => {
    const value = t.troubleshoot.values.security[security];
    return { what: fill(t.troubleshoot.result.copyWhat.security, { value }), value };
  };
}

export const FLOW_JOURNEYS: readonly Journey[] = [
  setup,
  troubleshooting(CANT_SEND_FLOW as AnyFlow, SEND, 'starttls', securityCopied('none'), 'security'),
  troubleshooting(CANT_RECEIVE_FLOW as AnyFlow, RECEIVE, 'no-ssl-on-ssl-port', securityCopied('ssl-tls'), 'port'),
];
