/**
 * What the setup-flow browser tests share: the answer combinations, the visible text of
 * each language (read from the app's own resources, so a test names things the way the
 * page does), and the moves a customer makes (open a link, answer a question, read the
 * result). Expected settings always come from recommend() for the same answers.
 */
import type { Locator, Page } from '@playwright/test';
import { paths, type Lang } from '../src/app/paths';
import { PRESET_CLIENT_IDS } from '../src/flow/clients';
import { RESULT } from '../src/flow/engine';
import { recommend } from '../src/flow/recommend';
import { NOTICE_PLACEMENT } from '../src/flow/result-notes';
import { toQuery, walk } from '../src/flow/resolve';
import { SETUP_FLOW, STEP_IDS, YES_NO_UNSURE, optionsOf, type Answers, type PageId, type StepId } from '../src/flow/steps';
import enCommon from '../src/i18n/en/common';
import enFlow from '../src/i18n/en/flow';
import enResult from '../src/i18n/en/result';
import enShare from '../src/i18n/en/share';
import enSheet from '../src/i18n/en/sheet';
import enSteps from '../src/i18n/en/steps';
import enSupport from '../src/i18n/en/support';
import jaCommon from '../src/i18n/ja/common';
import jaFlow from '../src/i18n/ja/flow';
import jaResult from '../src/i18n/ja/result';
import jaShare from '../src/i18n/ja/share';
import jaSheet from '../src/i18n/ja/sheet';
import jaSteps from '../src/i18n/ja/steps';
import jaSupport from '../src/i18n/ja/support';
import { at, expect, ready, test } from './fixtures';

// ---------------------------------------------------------------------------------------
// Visible text

interface StepCopy {
  readonly title: string;
  readonly options: Readonly<Record<string, string>>;
  readonly summary: string;
  readonly required: string;
}

interface AppLabels {
  readonly receiveHost: string;
  readonly sendHost: string;
  readonly port: string;
  readonly receiveSecurity: Readonly<Record<string, string>>;
  readonly sendSecurity: Readonly<Record<string, string>>;
  readonly receiveAuth: Readonly<Record<string, string>>;
  readonly sendAuth: Readonly<Record<string, string>>;
}

const RESOURCES = {
  ja: { common: jaCommon, flow: jaFlow, result: jaResult, share: jaShare, sheet: jaSheet, steps: jaSteps, support: jaSupport },
  en: { common: enCommon, flow: enFlow, result: enResult, share: enShare, sheet: enSheet, steps: enSteps, support: enSupport },
} as const;

export function copyOf(lang: Lang) {
  const r = RESOURCES[lang];
  return {
    ...r,
    step: (step: StepId): StepCopy => (r.steps as Record<StepId, StepCopy>)[step],
    labels: (set: string): AppLabels => (r.sheet.labels as Record<string, AppLabels>)[set] as AppLabels,
  };
}

/** i18next-style interpolation of `{{name}}`, for expected text. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));
}

export function pageTitle(lang: Lang, title: string, error = false): string {
  const { common } = RESOURCES[lang];
  return `${error ? common.errorPrefix : ''}${title} – ${common.titleSuffix}`;
}

export function optionLabel(lang: Lang, step: StepId, value: string): string {
  const label = copyOf(lang).step(step).options[value];
  if (label === undefined) throw new Error(`no label for ${step}=${value}`);
  return label;
}

// ---------------------------------------------------------------------------------------
// Answer combinations

/** A mail app choice: a preset, or "other" with what the customer said it supports. */
export interface ClientCase {
  readonly name: string;
  readonly answers: Answers;
}

const PRESETS: ClientCase[] = PRESET_CLIENT_IDS.map((client) => ({ name: client, answers: { client } }));

// APOP is asked when the app has no SSL/TLS or no SMTP AUTH (receiving is then on 110).
const CAPABILITIES: ClientCase[] = YES_NO_UNSURE.flatMap((ssl) =>
  YES_NO_UNSURE.flatMap((smtpAuth) =>
    (ssl === 'no' || smtpAuth === 'no' ? YES_NO_UNSURE : [undefined]).map((apop) => ({
      name: `other ssl=${ssl} smtp-auth=${smtpAuth}${apop ? ` apop=${apop}` : ''}`,
      answers: { client: 'other', 'client-ssl': ssl, 'client-smtp-auth': smtpAuth, ...(apop ? { 'client-apop': apop } : {}) } as Answers,
    })),
  ),
);

/** Every preset and every capability combination of "other": 7 + 19. */
export const CLIENT_CASES: readonly ClientCase[] = [...PRESETS, ...CAPABILITIES];

const NETWORKS = optionsOf('network');

/**
 * The first four answers for the n-th case, cycled so that the cases between them meet
 * every answer of every step (and so both outgoing hosts and every network notice).
 */
export function withSituation(n: number, client: Answers): Answers {
  return {
    registration: YES_NO_UNSURE[n % 3],
    network: NETWORKS[n % NETWORKS.length],
    'virus-check': YES_NO_UNSURE[(n + 1) % 3],
    antivirus: YES_NO_UNSURE[(n + 2) % 3],
    ...client,
  };
}

/** The answers a customer gives before reaching `step` on the way to `answers`' result. */
export function answersBefore(answers: Answers, step: StepId): Answers {
  const { path } = walk(SETUP_FLOW, answers);
  const before = path.slice(0, path.indexOf(step));
  return Object.fromEntries(before.map((s) => [s, answers[s]])) as Answers;
}

// ---------------------------------------------------------------------------------------
// URLs

export function setupPath(lang: Lang, page: PageId, answers: Answers = {}): string {
  return paths.setup(lang, page, toQuery(SETUP_FLOW, answers));
}

/** The absolute URL of a path inside the app, as the address bar shows it. */
export function absolute(path: string): string {
  return new URL(at(path), test.info().project.use.baseURL).href;
}

/** The `href` a link inside the app carries (the base path included). */
export function hrefOf(path: string): string {
  const url = new URL(absolute(path));
  return `${url.pathname}${url.search}`;
}

interface UrlLog {
  readonly seen: string[];
  /** URLs the test typed in itself (a deliberately bad link is allowed to hold anything). */
  readonly typed: Set<string>;
}

const logs = new WeakMap<Page, UrlLog>();

/** Starts recording every address the page shows, including in-app navigations. */
export function watchUrls(page: Page): void {
  const log: UrlLog = { seen: [], typed: new Set() };
  logs.set(page, log);
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) log.seen.push(frame.url());
  });
}

/** Addresses the app itself went to whose query holds anything but step ids of the flow. */
export function urlsCarryingMoreThanAnswers(page: Page): string[] {
  const log = logs.get(page);
  if (!log) return [];
  const steps: readonly string[] = STEP_IDS;
  return log.seen.filter((url) => {
    if (log.typed.has(url)) return false;
    const keys = [...new URL(url).searchParams.keys()];
    return keys.some((key) => !steps.includes(key)) || new Set(keys).size !== keys.length;
  });
}

/** Opens a link the way a customer does (typed or pasted), and waits for the app. */
export async function open(page: Page, path: string): Promise<void> {
  logs.get(page)?.typed.add(new URL(absolute(path)).href);
  await page.goto(at(path));
  await ready(page);
}

// ---------------------------------------------------------------------------------------
// Questions

export function heading(page: Page): Locator {
  return page.getByRole('heading', { level: 1 });
}

export function question(page: Page, lang: Lang, step: StepId): Locator {
  return page.getByRole('group', { name: copyOf(lang).step(step).title });
}

export function continueButton(page: Page, lang: Lang): Locator {
  return page.getByRole('button', { name: RESOURCES[lang].flow.continue, exact: true });
}

export function answersSoFar(page: Page, lang: Lang): Locator {
  return page.getByRole('region', { name: RESOURCES[lang].flow.yourAnswers });
}

/** "Your answers so far" lists exactly `steps`, with each answer and a Change link keeping every answer. */
export async function expectAnswersSoFar(
  page: Page,
  lang: Lang,
  answers: Answers,
  steps: readonly StepId[],
  { links = true }: { links?: boolean } = {},
): Promise<void> {
  const region = answersSoFar(page, lang);
  if (steps.length === 0) {
    await expect(region).toHaveCount(0);
    return;
  }
  const t = copyOf(lang);
  await expect(region.getByRole('term')).toHaveText(steps.map((s) => t.step(s).summary));
  await expect(region.getByRole('definition')).toHaveText(steps.flatMap((s) => [optionLabel(lang, s, answers[s] ?? ''), t.flow.change]));
  if (!links) return;
  for (const s of steps) {
    await expect(region.getByRole('link', { name: fill(t.flow.changeWhat, { what: t.step(s).summary }), exact: true })).toHaveAttribute(
      'href',
      hrefOf(setupPath(lang, s, answers)),
    );
  }
}

/** The question page for `step`: its heading, its title, and (after a move) focus on the heading. */
export async function expectQuestion(page: Page, lang: Lang, step: StepId, { focused }: { focused: boolean }): Promise<void> {
  const title = copyOf(lang).step(step).title;
  await expect(heading(page)).toHaveText(title);
  await expect(page).toHaveTitle(pageTitle(lang, title));
  if (focused) await expect(heading(page)).toBeFocused();
}

/** Answers the current question by clicking the answer's label, then Continue. */
export async function answer(page: Page, lang: Lang, step: StepId, value: string): Promise<void> {
  const label = optionLabel(lang, step, value);
  const group = question(page, lang, step);
  await group.getByText(label, { exact: true }).click();
  await expect(group.getByRole('radio', { name: label, exact: true })).toBeChecked();
  await continueButton(page, lang).click();
}

/**
 * The whole journey from the first question, by clicking: every step shows its question,
 * takes focus on its heading, updates the title and lists the answers so far.
 */
export async function clickThrough(page: Page, lang: Lang, answers: Answers): Promise<void> {
  await open(page, setupPath(lang, SETUP_FLOW.first));
  const { path, stop } = walk(SETUP_FLOW, answers);
  expect(stop, 'the answers reach the result').toBe(RESULT);
  for (const [i, step] of path.entries()) {
    await expect(page).toHaveURL(absolute(setupPath(lang, step, answersBefore(answers, step))));
    await expectQuestion(page, lang, step, { focused: i > 0 });
    // The Change links themselves are checked on the result, where they carry every answer.
    await expectAnswersSoFar(page, lang, answersBefore(answers, step), path.slice(0, i), { links: false });
    await expect(question(page, lang, step).getByRole('radio', { checked: true }), 'no answer is pre-selected').toHaveCount(0);
    await answer(page, lang, step, answers[step] ?? '');
  }
  await expect(page).toHaveURL(absolute(setupPath(lang, RESULT, answers)));
  await expect(heading(page)).toBeFocused();
}

// ---------------------------------------------------------------------------------------
// The result

/** The value shown beside the copy button that copies `what` (e.g. "incoming port"). */
export function settingValue(page: Page, lang: Lang, what: string): Locator {
  const button = page.getByRole('button', { name: fill(RESOURCES[lang].common.copy.button, { what }), exact: true });
  return page.getByRole('definition').filter({ has: button }).getByRole('code');
}

/**
 * The eight settings of an outcome as the page words them: what the copy button copies, the
 * value, and the "Copy all" line — the app's own label with the app's own value.
 */
export function expectedSettings(lang: Lang, answers: Answers): { what: string; line: string; value: string }[] {
  const t = copyOf(lang);
  const o = recommend(answers);
  const l = t.labels(o.labels);
  const { copyWhat, sheet } = t.result;
  const receive = (label: string, value: string) => fill(sheet.receiveLine, { label, value });
  const send = (label: string, value: string) => fill(sheet.sendLine, { label, value });
  const rows = [
    { what: copyWhat.receiveHost, label: l.receiveHost, value: o.receive.host, line: receive },
    { what: copyWhat.receivePort, label: l.port, value: String(o.receive.port), line: receive },
    { what: copyWhat.receiveSecurity, label: l.receiveSecurity.label ?? '', value: l.receiveSecurity[o.receive.security] ?? '', line: receive },
    { what: copyWhat.receiveAuth, label: l.receiveAuth.label ?? '', value: l.receiveAuth[o.receive.auth] ?? '', line: receive },
    { what: copyWhat.sendHost, label: l.sendHost, value: o.send.host, line: send },
    { what: copyWhat.sendPort, label: l.port, value: String(o.send.port), line: send },
    { what: copyWhat.sendSecurity, label: l.sendSecurity.label ?? '', value: l.sendSecurity[o.send.security] ?? '', line: send },
    { what: copyWhat.sendAuth, label: l.sendAuth.label ?? '', value: l.sendAuth[o.send.auth] ?? '', line: send },
  ];
  return rows.map((r) => ({ what: r.what, value: r.value, line: r.line(r.label, r.value) }));
}

export function codeText(lang: Lang, answers: Answers): string {
  return fill(RESOURCES[lang].result.code, { code: recommend(answers).code });
}

/** The result page shows what recommend() decides for these answers: code, every value, the notices in order. */
export async function expectResult(page: Page, lang: Lang, answers: Answers): Promise<void> {
  const t = copyOf(lang);
  const outcome = recommend(answers);
  await expect(heading(page)).toHaveText(t.result.title);
  await expect(page).toHaveTitle(pageTitle(lang, t.result.title));
  await expect(page.getByText(codeText(lang, answers), { exact: true })).toBeVisible();
  for (const { what, value } of expectedSettings(lang, answers)) {
    await expect(settingValue(page, lang, what), what).toHaveText(value);
  }
  const noticeTitles = Object.fromEntries(Object.entries(t.sheet.notices).map(([id, n]) => [id, n.title]));
  const expected = (['all', 'receive', 'send'] as const).flatMap((place) =>
    outcome.notices.filter((id) => NOTICE_PLACEMENT[id] === place).map((id) => noticeTitles[id]),
  );
  const shown = (await page.getByRole('heading', { level: 2 }).allInnerTexts()).filter((h) => Object.values(noticeTitles).includes(h));
  expect(shown, 'the notices, in the order the result shows them').toEqual(expected);
  await expectAnswersSoFar(page, lang, answers, walk(SETUP_FLOW, answers).path);
}

// ---------------------------------------------------------------------------------------
// Keyboard

/** Presses Tab until `target` has focus (and fails if it never does). */
export async function tabTo(page: Page, target: Locator, max = 30): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}
