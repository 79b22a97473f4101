/**
 * The language switch (the page and the answers kept), the error lookup (a message pasted as a
 * customer pastes it finds its cause) and the settings checker (a wrong port is found, and the
 * right one copied).
 */
import { expect } from 'vitest';
import { otherLang, paths, type Lang } from '../../../src/app/paths';
import { RESULT } from '../../../src/flow/engine';
import { recommend } from '../../../src/flow/recommend';
import { toQuery, walk } from '../../../src/flow/resolve';
import { SETUP_FLOW, type Answers } from '../../../src/flow/steps';
import { PORTS } from '../../../src/settings/servers';
import { diagnose } from '../../../src/troubleshoot/check';
import { checkToQuery, type CheckInput } from '../../../src/troubleshoot/check-query';
import { messageById } from '../../../src/troubleshoot/messages';
import type { Query } from '../in-page';
import type { EnginePage } from '../page';
import { copyButton, fill, h1, question, textOf } from '../text';
import type { Journey } from './journey';
import type { AnyFlow } from '../../../src/flow/engine';

/** The incoming server with the outgoing server's SSL/TLS port. */
export const WRONG_PORT: CheckInput = { 'in-host': 'pop.asahi-net.or.jp', 'in-port': PORTS.smtpSsl };

/** "Your answers so far" lists each step's question and the answer, in the page's language. */
async function expectAnswers(page: EnginePage, lang: Lang, answers: Answers): Promise<void> {
  const region: Query = { role: 'region', name: textOf(lang).flow.yourAnswers };
  const steps = walk(SETUP_FLOW, answers).path.filter((step) => answers[step] !== undefined);
  await page.expectCount({ within: region, role: 'term' }, steps.length);
  expect(await page.textsOf({ within: region, role: 'term' })).toEqual(steps.map((step) => question(lang, SETUP_FLOW as AnyFlow, step).summary));
  const shown = await page.textsOf({ within: region, role: 'definition' });
  for (const step of steps) expect(shown).toContain(question(lang, SETUP_FLOW as AnyFlow, step).label(answers[step] as string));
}

async function switchLanguage(page: EnginePage, lang: Lang): Promise<Lang> {
  await page.click({ role: 'link', name: textOf(lang).common.languageSwitchLabel });
  const to = otherLang(lang);
  await page.waitFor('(lib, lang) => document.documentElement.lang === lang', [to], `the page in ${to}`);
  await page.ready();
  return to;
}

const language: Journey = {
  id: 'language',
  title: 'the language switch keeps the page and the answers, on a question and on the result',
  async run(page, lang) {
    const given: Answers = { registration: 'no', network: 'other', 'virus-check': 'unsure', antivirus: 'yes', client: 'other' };
    await page.open(paths.setup(lang, 'client-ssl', toQuery(SETUP_FLOW, given)));
    await expectAnswers(page, lang, given);
    const other = await switchLanguage(page, lang);
    await page.expectLocation(paths.setup(other, 'client-ssl', toQuery(SETUP_FLOW, given)));
    await page.expectHeading(question(other, SETUP_FLOW as AnyFlow, 'client-ssl').title);
    await expectAnswers(page, other, given);

    const answers: Answers = { ...given, client: 'becky' };
    await page.open(paths.setup(other, RESULT, toQuery(SETUP_FLOW, answers)));
    const back = await switchLanguage(page, other);
    await page.expectLocation(paths.setup(back, RESULT, toQuery(SETUP_FLOW, answers)));
    await page.expectHeading(textOf(back).result.title);
    await page.waitForElement({ text: fill(textOf(back).result.code, { code: recommend(answers).code }) });
    await expectAnswers(page, back, answers);
  },
};

const errorLookup: Journey = {
  id: 'error-lookup',
  title: 'the error lookup finds a pasted message and its cause',
  async run(page, lang) {
    const t = textOf(lang);
    const id = 'tb-smtp-starttls-failed';
    // As the app shows it: its placeholders ({server}) filled in.
    const message = (messageById(id)?.texts[lang]?.text ?? '').replace(/\{(\w+)\}/g, (_, key: string) => (key === 'server' ? 'mail.asahi-net.or.jp' : '587'));
    expect(message).not.toBe('');
    await page.open(paths.errorLookup(lang));
    await page.select({ role: 'combobox', name: t.errorLookup.appLabel }, 'thunderbird');
    await page.expectLocation(paths.errorLookup(lang, '?app=thunderbird'));
    await page.pasteText({ role: 'textbox', name: t.errorLookup.messageLabel }, message);
    expect(await page.valueOf({ role: 'textbox', name: t.errorLookup.messageLabel }), 'the message as pasted').toBe(message);
    await page.click({ role: 'button', name: t.errorLookup.submit });
    await page.expectFocused({ role: 'heading', name: t.errorLookup.resultHeading });
    await page.waitForElement({ role: 'heading', name: t.troubleshoot.causes.starttls.title });
    await page.expectLocation(paths.errorLookup(lang, `?app=thunderbird&message=${id}`));
  },
};

const checker: Journey = {
  id: 'checker',
  title: 'the settings checker finds a wrong port, and its right value is copied',
  async run(page, lang) {
    const ts = textOf(lang).troubleshoot;
    const [found] = diagnose(WRONG_PORT);
    expect(found?.id).toBe('port-wrong-role');
    await page.open(paths.check(lang));
    const incoming: Query = { role: 'group', name: ts.check.sections.incoming };
    await page.type({ within: incoming, role: 'textbox', name: ts.check.fields['in-host'].label }, String(WRONG_PORT['in-host']));
    await page.type({ within: incoming, role: 'textbox', name: ts.check.fields['in-port'].label }, String(WRONG_PORT['in-port']));
    await page.click({ role: 'button', name: ts.check.submit });
    await page.expectLocation(paths.check(lang, checkToQuery(WRONG_PORT)));
    const result: Query = { role: 'region', name: ts.check.resultTitle };
    await page.expectText({ within: result, role: 'heading', level: 3 }, fill(ts.check.diagnoses['port-wrong-role'].title, { given: String(WRONG_PORT['in-port']) }));
    await page.click(copyButton(lang, fill(ts.check.copyExpected, { field: ts.check.fields['in-port'].name })));
    const right = String(found?.expected);
    expect(await page.readClipboard((text) => text === right), 'the right port, copied').toBe(right);
    expect(await page.textOf(h1)).toBe(ts.check.title);
  },
};

export const TOOL_JOURNEYS: readonly Journey[] = [language, errorLookup, checker];
