/**
 * The setup flow in the browser (SPEC §3, §4; docs/decisions/0001-url-contract.md): whole
 * journeys to every result, links that carry answers, errors, keyboard use, the result's
 * actions, the support page's code lookup, accessibility and small screens.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { FLOW_IDS, LANGS, paths, type Lang } from '../src/app/paths';
import { RESULT } from '../src/flow/engine';
import { OUTCOME_CODES, answersForCode, recommend } from '../src/flow/recommend';
import { toQuery, walk } from '../src/flow/resolve';
import { SETUP_FLOW, STEP_IDS, optionsOf, type Answers, type StepId } from '../src/flow/steps';
import { HOSTS, PORTS } from '../src/settings/servers';
import { CANT_RECEIVE_FLOW } from '../src/troubleshoot/cant-receive';
import { at, expect, ready, test } from './fixtures';
import { allowForEach } from './time-per-item';
import {
  CLIENT_CASES,
  absolute,
  answer,
  answersBefore,
  answersSoFar,
  clickThrough,
  codeText,
  continueButton,
  copyOf,
  expectAnswersSoFar,
  expectQuestion,
  expectResult,
  expectedSettings,
  fill,
  heading,
  hrefOf,
  open,
  optionLabel,
  pageTitle,
  question,
  setupPath,
  settingValue,
  tabTo,
  urlsCarryingMoreThanAnswers,
  watchUrls,
  withSituation,
} from './setup-helpers';

const setupQuery = (answers: Answers) => toQuery(SETUP_FLOW, answers);

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A journey through every step, with "other" and no SSL/TLS, so the capability steps are all asked. */
const ALL_STEPS: Answers = {
  registration: 'yes',
  network: 'asahi',
  'virus-check': 'no',
  antivirus: 'no',
  client: 'other',
  'client-ssl': 'no',
  'client-smtp-auth': 'unsure',
  'client-apop': 'yes',
};

const THUNDERBIRD: Answers = { registration: 'yes', network: 'other', 'virus-check': 'yes', antivirus: 'no', client: 'thunderbird' };

// Several tests visit many pages (a journey, a group of links, axe on four pages): room for a
// busy machine, while a single stuck page still fails well within the run.
test.describe.configure({ timeout: 60_000 });

// The URL carries answers and nothing else, on every page any test visits.
test.beforeEach(({ page }) => watchUrls(page));
test.afterEach(({ page }) => {
  expect(urlsCarryingMoreThanAnswers(page), 'every query key is a step id, once').toEqual([]);
});

// ---------------------------------------------------------------------------------------
// Journeys to every result

/**
 * Clicked through from the first question: every preset and three capability combinations
 * in Japanese; two presets and three other combinations in English. Every other
 * combination opens its result from a link in that language.
 */
const JOURNEYS: Record<Lang, readonly string[]> = {
  ja: [
    'outlook',
    'new-outlook',
    'thunderbird',
    'apple-mail',
    'ios-mail',
    'android',
    'becky',
    'other ssl=yes smtp-auth=no apop=yes',
    'other ssl=no smtp-auth=yes apop=yes',
    'other ssl=unsure smtp-auth=unsure',
  ],
  en: ['thunderbird', 'android', 'other ssl=yes smtp-auth=yes', 'other ssl=no smtp-auth=no apop=no', 'other ssl=no smtp-auth=unsure apop=unsure'],
};

const LANG_OFFSET: Record<Lang, number> = { ja: 0, en: 1 };

function casesFor(lang: Lang) {
  return CLIENT_CASES.map((c, n) => ({ ...c, answers: withSituation(n + LANG_OFFSET[lang], c.answers) }));
}

for (const lang of LANGS) {
  for (const name of JOURNEYS[lang]) if (!CLIENT_CASES.some((c) => c.name === name)) throw new Error(`no client case ${name}`);
}

for (const lang of LANGS) {
  test.describe(`${lang}: journeys`, { tag: '@exhaustive' }, () => {
    for (const c of casesFor(lang).filter((c) => JOURNEYS[lang].includes(c.name))) {
      test(`${c.name}: click through every question to the result`, async ({ page }) => {
        await clickThrough(page, lang, c.answers);
        await expectResult(page, lang, c.answers);
      });
    }
  });

  test.describe(`${lang}: results opened from a link`, { tag: '@exhaustive' }, () => {
    const deep = casesFor(lang).filter((c) => !JOURNEYS[lang].includes(c.name));
    const size = 6;
    for (let i = 0; i < deep.length; i += size) {
      const group = deep.slice(i, i + size);
      test(`${group.map((c) => c.name).join(', ')}`, async ({ page }) => {
        for (const c of group) {
          const path = setupPath(lang, RESULT, c.answers);
          await open(page, path);
          await expect(page, 'a canonical result link stays where it is').toHaveURL(absolute(path));
          await expectResult(page, lang, c.answers);
        }
      });
    }
  });
}

test('the oracle agrees with the provider table on two known results', async ({ page }) => {
  // recommend() is the expectation everywhere else; these two pin it to literal values.
  await open(page, setupPath('ja', RESULT, THUNDERBIRD));
  await expect(page.getByText('設定コード: SVA', { exact: true })).toBeVisible();
  await expect(settingValue(page, 'ja', '受信メールサーバー名')).toHaveText(HOSTS.pop);
  await expect(settingValue(page, 'ja', '受信ポート番号')).toHaveText(String(PORTS.popSsl));
  await expect(settingValue(page, 'ja', '送信メールサーバー名')).toHaveText(HOSTS.mails);
  await expect(settingValue(page, 'ja', '送信ポート番号')).toHaveText(String(PORTS.smtpSsl));

  const plain: Answers = { ...ALL_STEPS, 'client-smtp-auth': 'no', 'client-apop': 'no' };
  await open(page, setupPath('en', RESULT, plain));
  await expect(page.getByText('Settings code: PMB', { exact: true })).toBeVisible();
  await expect(settingValue(page, 'en', 'incoming port')).toHaveText(String(PORTS.pop));
  await expect(settingValue(page, 'en', 'incoming connection security')).toHaveText('None');
  await expect(settingValue(page, 'en', 'outgoing server name')).toHaveText(HOSTS.mail);
  await expect(settingValue(page, 'en', 'outgoing port')).toHaveText(String(PORTS.submission));
});

// ---------------------------------------------------------------------------------------
// Links that carry answers

test.describe('deep links', { tag: '@base-path' }, () => {
  test('open the exact step with the answers so far; reload, back and forward show the same screen', async ({ page }) => {
    const lang = 'ja';
    // Answered up to client-smtp-auth (which is answered too, so its choice is shown).
    const given = answersBefore(ALL_STEPS, 'client-apop');
    const path = setupPath(lang, 'client-smtp-auth', given);
    await open(page, paths.home(lang));
    await open(page, path);
    await expect(page).toHaveURL(absolute(path));
    await expectQuestion(page, lang, 'client-smtp-auth', { focused: false });
    await expect(answersSoFar(page, lang).getByRole('heading')).toHaveText('これまでの回答');
    await expectAnswersSoFar(page, lang, given, ['registration', 'network', 'virus-check', 'antivirus', 'client', 'client-ssl']);
    await expect(question(page, lang, 'client-smtp-auth').getByRole('radio', { name: 'わからない' })).toBeChecked();
    const screen = await page.getByRole('main').ariaSnapshot();

    await page.reload();
    await ready(page);
    await expect(page).toHaveURL(absolute(path));
    expect(await page.getByRole('main').ariaSnapshot(), 'after reload').toBe(screen);

    await continueButton(page, lang).click();
    await expectQuestion(page, lang, 'client-apop', { focused: true });
    const next = await page.getByRole('main').ariaSnapshot();

    await page.goBack();
    await expect(page).toHaveURL(absolute(path));
    await expect(heading(page)).toHaveText(copyOf(lang).step('client-smtp-auth').title);
    expect(await page.getByRole('main').ariaSnapshot(), 'after back').toBe(screen);

    await page.goForward();
    await expect(page).toHaveURL(absolute(setupPath(lang, 'client-apop', given)));
    await expect(heading(page)).toHaveText(copyOf(lang).step('client-apop').title);
    expect(await page.getByRole('main').ariaSnapshot(), 'after forward').toBe(next);
  });

  test('a result link reloads to the same result, and back returns to the question', async ({ page }) => {
    const lang = 'en';
    await clickThrough(page, lang, THUNDERBIRD);
    // The app's walkthrough arrives after the result is interactive, step by step: compare the
    // page once all of it is there.
    const walkthrough = page.locator('[data-walkthrough]:not([aria-busy])');
    await expect(walkthrough).toBeVisible();
    const result = await page.getByRole('main').ariaSnapshot();
    await page.reload();
    await ready(page);
    await expectResult(page, lang, THUNDERBIRD);
    await expect(walkthrough).toBeVisible();
    expect(await page.getByRole('main').ariaSnapshot()).toBe(result);
    await page.goBack();
    await expect(page).toHaveURL(absolute(setupPath(lang, 'client', answersBefore(THUNDERBIRD, 'client'))));
    await expect(heading(page)).toHaveText(copyOf(lang).step('client').title);
    await page.goForward();
    await expectResult(page, lang, THUNDERBIRD);
  });
});

test.describe('answers the app cannot use', () => {
  for (const lang of LANGS) {
    test(`${lang}: an illegal answer asks that question again, quoting it, with the error summary focused`, async ({ page }) => {
      const t = copyOf(lang);
      const title = t.step('network').title;
      const message = fill(t.flow.invalidAnswer, { value: 'mars' });
      // A result the answers cannot reach: the resolver stops at the answer it does not understand.
      await open(page, paths.setup(lang, RESULT, '?registration=yes&network=mars&virus-check=no&antivirus=no&client=becky'));
      await expect(page).toHaveURL(absolute(paths.setup(lang, 'network', '?registration=yes&network=mars')));
      await expect(heading(page)).toHaveText(title);
      const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: t.flow.errorSummaryTitle }) });
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link')).toHaveText(message);
      await expect(page.getByRole('group', { name: title })).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      await expect(page.getByText(`${t.common.errorPrefix}${message}`, { exact: true })).toBeVisible();
      await expect(page).toHaveTitle(pageTitle(lang, title, true));
      await expect(question(page, lang, 'network').getByRole('radio', { checked: true })).toHaveCount(0);
      await expectAnswersSoFar(page, lang, { registration: 'yes' }, ['registration']);

      // The summary's link goes to the answers; a valid answer then carries on.
      await summary.getByRole('link').click();
      await expect(question(page, lang, 'network').getByRole('radio').first()).toBeFocused();
      await answer(page, lang, 'network', 'asahi');
      await expect(page).toHaveURL(absolute(setupPath(lang, 'virus-check', { registration: 'yes', network: 'asahi' })));
      await expectQuestion(page, lang, 'virus-check', { focused: true });
    });
  }

  test('an answer holding markup is quoted as text, never run', async ({ page }) => {
    const value = '<img src=x onerror=alert(1)>';
    await open(page, paths.setup('en', 'registration', `?registration=${encodeURIComponent(value)}`));
    const message = fill(copyOf('en').flow.invalidAnswer, { value });
    await expect(page.getByRole('alert').getByRole('link')).toHaveText(message);
    await expect(page.getByRole('main').getByRole('img')).toHaveCount(0);
    await expect(page).toHaveTitle(pageTitle('en', copyOf('en').step('registration').title, true));
  });

  for (const lang of LANGS) {
    test(`${lang}: Continue without an answer shows the required error`, async ({ page }) => {
      const t = copyOf(lang);
      const given = answersBefore(ALL_STEPS, 'client');
      await open(page, setupPath(lang, 'client', given));
      const title = t.step('client').title;
      await expect(page).toHaveTitle(pageTitle(lang, title));
      await continueButton(page, lang).click();
      const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: t.flow.errorSummaryTitle }) });
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link')).toHaveText(t.step('client').required);
      await expect(page.getByText(`${t.common.errorPrefix}${t.step('client').required}`, { exact: true })).toBeVisible();
      await expect(question(page, lang, 'client')).toHaveAccessibleDescription(new RegExp(t.step('client').required));
      await expect(page).toHaveTitle(pageTitle(lang, title, true));
      await expect(page, 'the page stays where it was').toHaveURL(absolute(setupPath(lang, 'client', given)));

      // Choosing an answer clears the error; Continue goes on.
      await question(page, lang, 'client').getByText(optionLabel(lang, 'client', 'becky'), { exact: true }).click();
      await expect(summary).toHaveCount(0);
      await expect(page).toHaveTitle(pageTitle(lang, title));
      await continueButton(page, lang).click();
      await expectResult(page, lang, { ...given, client: 'becky' });
    });
  }
});

test.describe('redirects', { tag: '@base-path' }, () => {
  // A link opened is sent on by the page's first script, as a page load: focus starts at the
  // top of the page, as on any page opened (after a step of the flow it is on the heading).
  test('an unreachable step goes to the furthest reachable one, replacing the history entry', async ({ page }) => {
    await open(page, paths.home('ja'));
    await open(page, paths.setup('ja', 'client'));
    await expect(page).toHaveURL(absolute(paths.setup('ja', 'registration')));
    await expectQuestion(page, 'ja', 'registration', { focused: false });

    const partial: Answers = { registration: 'no', network: 'au-hikari' };
    await open(page, setupPath('ja', 'client', partial));
    await expect(page).toHaveURL(absolute(setupPath('ja', 'virus-check', partial)));
    await expectQuestion(page, 'ja', 'virus-check', { focused: false });
    await expectAnswersSoFar(page, 'ja', partial, ['registration', 'network']);

    // client-apop is asked only when client-ssl is no.
    const ssl = { ...answersBefore(ALL_STEPS, 'client-ssl'), 'client-ssl': 'yes', 'client-smtp-auth': 'yes' } as Answers;
    await open(page, setupPath('en', 'client-apop', ssl));
    await expect(page).toHaveURL(absolute(setupPath('en', RESULT, ssl)));
    await expectResult(page, 'en', ssl);

    await page.goBack();
    await expect(page, 'the redirected links left no history entry').toHaveURL(absolute(setupPath('ja', 'virus-check', partial)));
  });

  test('non-canonical links (case, order, unknown and repeated keys) go to the canonical one', async ({ page }) => {
    const canonical = setupPath('en', 'antivirus', { registration: 'yes', network: 'asahi', 'virus-check': 'unsure' });
    const variants = [
      paths.setup('en', 'antivirus', '?NETWORK=Asahi&Registration=YES&virus-check=unsure'),
      paths.setup('en', 'antivirus', '?registration=yes&utm_source=mail&network=asahi&virus-check=unsure&id=ab4t-ash'),
      paths.setup('en', 'antivirus', '?registration=yes&network=asahi&network=other&virus-check=unsure&registration=no'),
      paths.setup('en', 'antivirus', '?registration=yes&network=asahi&virus-check=unsure&client=thunderbird&client-ssl=no'),
    ];
    for (const variant of variants) {
      await open(page, variant);
      await expect(page, variant).toHaveURL(absolute(canonical));
      await expectQuestion(page, 'en', 'antivirus', { focused: false });
      await expectAnswersSoFar(page, 'en', { registration: 'yes', network: 'asahi', 'virus-check': 'unsure' }, ['registration', 'network', 'virus-check']);
    }
    // Answers after the requested step are kept (so "Change" keeps them), in flow order.
    const all = { registration: 'yes', network: 'asahi', 'virus-check': 'unsure', antivirus: 'no', client: 'thunderbird' } as Answers;
    await open(page, paths.setup('en', 'network', '?client=Thunderbird&antivirus=no&virus-check=unsure&network=asahi&registration=yes'));
    await expect(page).toHaveURL(absolute(setupPath('en', 'network', all)));
    await expect(question(page, 'en', 'network').getByRole('radio', { name: optionLabel('en', 'network', 'asahi') })).toBeChecked();
  });

  test.describe('on a static host', () => {
    // No file exists at a mixed-case path: the host answers with its 404 page, which boots the app.
    test.use({ allowConsoleErrors: [/status of 404/] });

    test('a step id in mixed case goes to the canonical step', async ({ page }) => {
      const answers: Answers = { registration: 'yes', network: 'asahi', 'virus-check': 'unsure' };
      await open(page, `${paths.setup('en', 'antivirus').replace('antivirus', 'AntiVirus')}${setupQuery(answers)}`);
      await expect(page).toHaveURL(absolute(setupPath('en', 'antivirus', answers)));
      await expectQuestion(page, 'en', 'antivirus', { focused: true });
    });
  });
});

// ---------------------------------------------------------------------------------------
// Moving between steps

test('keyboard only: Tab, arrow keys, Space and Enter complete a whole journey', async ({ page }) => {
  const lang = 'en';
  await open(page, setupPath(lang, SETUP_FLOW.first));
  const { path } = walk(SETUP_FLOW, ALL_STEPS);
  for (const [i, step] of path.entries()) {
    const group = question(page, lang, step);
    const radios = group.getByRole('radio');
    if (i === 0) {
      await tabTo(page, radios.first());
    } else {
      await expect(heading(page)).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(radios.first(), 'Tab from the heading goes to the answers').toBeFocused();
    }
    const index = optionsOf(step).indexOf(ALL_STEPS[step] as never);
    if (index === 0) await page.keyboard.press('Space');
    for (let k = 0; k < index; k++) await page.keyboard.press('ArrowDown');
    await expect(group.getByRole('radio', { name: optionLabel(lang, step, ALL_STEPS[step] ?? ''), exact: true })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(continueButton(page, lang)).toBeFocused();
    await page.keyboard.press('Enter');
  }
  await expect(page).toHaveURL(absolute(setupPath(lang, RESULT, ALL_STEPS)));
  await expect(heading(page)).toBeFocused();
  await expectResult(page, lang, ALL_STEPS);
});

test('focus moves to the heading and the title changes on every step change', async ({ page }) => {
  const lang = 'ja';
  await open(page, setupPath(lang, 'registration'));
  const titles = [await page.title()];
  for (const step of ['registration', 'network', 'virus-check'] as const) {
    await answer(page, lang, step, optionsOf(step)[0] ?? '');
    await expect(heading(page)).toBeFocused();
    titles.push(await page.title());
  }
  await page.getByRole('link', { name: copyOf(lang).flow.back }).click();
  await expectQuestion(page, lang, 'virus-check', { focused: true });
  titles.push(await page.title());
  expect(titles).toEqual([
    pageTitle(lang, copyOf(lang).step('registration').title),
    pageTitle(lang, copyOf(lang).step('network').title),
    pageTitle(lang, copyOf(lang).step('virus-check').title),
    pageTitle(lang, copyOf(lang).step('antivirus').title),
    pageTitle(lang, copyOf(lang).step('virus-check').title),
  ]);
});

test('Back is a real link to the previous step with the answers kept; from the first step it goes home', { tag: '@base-path' }, async ({ page }) => {
  const lang = 'ja';
  const back = page.getByRole('link', { name: copyOf(lang).flow.back });
  const given = answersBefore(ALL_STEPS, 'client-smtp-auth');
  await open(page, setupPath(lang, 'client-smtp-auth', given));
  await expect(back).toHaveAttribute('href', hrefOf(setupPath(lang, 'client-ssl', given)));
  await back.click();
  await expect(page).toHaveURL(absolute(setupPath(lang, 'client-ssl', given)));
  await expectQuestion(page, lang, 'client-ssl', { focused: true });
  await expect(question(page, lang, 'client-ssl').getByRole('radio', { name: optionLabel(lang, 'client-ssl', 'no') })).toBeChecked();
  await expect(back).toHaveAttribute('href', hrefOf(setupPath(lang, 'client', given)));

  await open(page, setupPath(lang, 'registration'));
  await expect(back).toHaveAttribute('href', hrefOf(paths.home(lang)));
  await back.click();
  await expect(page).toHaveURL(absolute(paths.home(lang)));
});

test('Change on the result keeps the other answers and Continue returns to the result; Start again clears them', async ({ page }) => {
  const lang = 'ja';
  const t = copyOf(lang);
  const change = (step: StepId) => page.getByRole('link', { name: fill(t.flow.changeWhat, { what: t.step(step).summary }), exact: true });
  await open(page, setupPath(lang, RESULT, THUNDERBIRD));

  // Another network: back to the result, the rest unchanged.
  await change('network').click();
  await expect(page).toHaveURL(absolute(setupPath(lang, 'network', THUNDERBIRD)));
  await expectQuestion(page, lang, 'network', { focused: true });
  await expect(question(page, lang, 'network').getByRole('radio', { name: optionLabel(lang, 'network', 'other') })).toBeChecked();
  await answer(page, lang, 'network', 'au-hikari');
  const auHikari = { ...THUNDERBIRD, network: 'au-hikari' } as Answers;
  await expect(page).toHaveURL(absolute(setupPath(lang, RESULT, auHikari)));
  await expectResult(page, lang, auHikari);

  // Another app that needs more questions: they are asked, then the result.
  await change('client').click();
  await answer(page, lang, 'client', 'other');
  const other = { ...auHikari, client: 'other' } as Answers;
  await expect(page).toHaveURL(absolute(setupPath(lang, 'client-ssl', other)));
  await answer(page, lang, 'client-ssl', 'no');
  await answer(page, lang, 'client-smtp-auth', 'no');
  await answer(page, lang, 'client-apop', 'yes');
  const apop = { ...other, 'client-ssl': 'no', 'client-smtp-auth': 'no', 'client-apop': 'yes' } as Answers;
  await expectResult(page, lang, apop);

  // Back to a preset: the capability answers leave the URL.
  await change('client').click();
  await answer(page, lang, 'client', 'apple-mail');
  const apple = { ...auHikari, client: 'apple-mail' } as Answers;
  await expect(page).toHaveURL(absolute(setupPath(lang, RESULT, apple)));
  await expectResult(page, lang, apple);

  await page.getByRole('link', { name: t.flow.startAgain }).click();
  await expect(page).toHaveURL(absolute(paths.setup(lang, 'registration')));
  await expectQuestion(page, lang, 'registration', { focused: true });
  await expect(question(page, lang, 'registration').getByRole('radio', { checked: true })).toHaveCount(0);
  await expectAnswersSoFar(page, lang, {}, []);
});

test.describe('language switch', { tag: '@base-path' }, () => {
  test('on a step keeps the step and the answers', async ({ page }) => {
    const given = answersBefore(ALL_STEPS, 'client-ssl');
    await open(page, setupPath('ja', 'client-ssl', given));
    await page.getByRole('link', { name: copyOf('ja').common.languageSwitchLabel }).click();
    await expect(page).toHaveURL(absolute(setupPath('en', 'client-ssl', given)));
    await ready(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectQuestion(page, 'en', 'client-ssl', { focused: false });
    await expectAnswersSoFar(page, 'en', given, ['registration', 'network', 'virus-check', 'antivirus', 'client']);
  });

  test('on the result keeps the result and the answers', async ({ page }) => {
    const answers = withSituation(2, { client: 'ios-mail' });
    await open(page, setupPath('en', RESULT, answers));
    await expectResult(page, 'en', answers);
    await page.getByRole('link', { name: copyOf('en').common.languageSwitchLabel }).click();
    await expect(page).toHaveURL(absolute(setupPath('ja', RESULT, answers)));
    await ready(page);
    await expectResult(page, 'ja', answers);
  });
});

// ---------------------------------------------------------------------------------------
// The result's copy buttons

test.describe('copy buttons on the result', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

  for (const [lang, answers] of [
    ['en', THUNDERBIRD],
    ['ja', withSituation(0, { client: 'outlook' })],
    ['ja', { ...ALL_STEPS, 'client-smtp-auth': 'no' }],
  ] as const) {
    test(`${lang} ${recommend(answers).code}: "copy all" copies one label: value line per setting; "copy link" copies the address`, async ({ page }) => {
      const t = copyOf(lang);
      await open(page, setupPath(lang, RESULT, answers));
      await page.getByRole('button', { name: fill(t.common.copy.button, { what: t.result.actions.copyAllWhat }), exact: true }).click();
      await expect(page.getByRole('status')).toHaveText(fill(t.common.copy.copied, { what: t.result.actions.copyAllWhat }));
      const lines = (await clipboard(page)).split('\n');
      expect(lines[0]).toBe(fill(t.result.sheet.heading, { code: recommend(answers).code }));
      expect(lines.slice(1, 9)).toEqual(expectedSettings(lang, answers).map((s) => s.line));
      for (const line of lines.slice(1)) expect(line).toMatch(/^[^\n]+: \S/);
      const other = copyOf(lang === 'ja' ? 'en' : 'ja').result.sheet;
      for (const label of [other.receiveLine.split('{{')[0] ?? '', other.sendLine.split('{{')[0] ?? '', `${other.userName}:`]) {
        expect(lines.join('\n'), 'only the page language').not.toContain(label);
      }

      await page.getByRole('button', { name: fill(t.common.copy.button, { what: t.share.copyWhat }), exact: true }).click();
      await expect(page.getByRole('status')).toHaveText(fill(t.common.copy.copied, { what: t.share.copyWhat }));
      expect(await clipboard(page)).toBe(absolute(setupPath(lang, RESULT, answers)));
    });
  }

  test('after changing an answer, "copy link" and "copy all" copy the new result', async ({ page }) => {
    const lang = 'en';
    const t = copyOf(lang);
    await open(page, setupPath(lang, RESULT, THUNDERBIRD));
    await page.getByRole('link', { name: fill(t.flow.changeWhat, { what: t.step('virus-check').summary }) }).click();
    await answer(page, lang, 'virus-check', 'no');
    const changed = { ...THUNDERBIRD, 'virus-check': 'no' } as Answers;
    await expectResult(page, lang, changed);
    await page.getByRole('button', { name: fill(t.common.copy.button, { what: t.share.copyWhat }), exact: true }).click();
    expect(await clipboard(page)).toBe(absolute(setupPath(lang, RESULT, changed)));
    await page.getByRole('button', { name: fill(t.common.copy.button, { what: t.result.actions.copyAllWhat }), exact: true }).click();
    await expect(page.getByRole('status')).toHaveText(fill(t.common.copy.copied, { what: t.result.actions.copyAllWhat }));
    expect(await clipboard(page)).toContain(fill(t.result.sheet.sendLine, { label: t.labels('thunderbird').sendHost, value: HOSTS.mail }));
  });
});

// ---------------------------------------------------------------------------------------
// The support page

test.describe('support page: open a result from a settings code', () => {
  for (const lang of LANGS) {
    test(`${lang}: lower-case and full-width codes open the result; an unknown code is an error`, { tag: '@base-path' }, async ({ page }) => {
      const t = copyOf(lang);
      const box = page.getByRole('textbox', { name: t.support.lookupLabel, exact: true });
      const submit = page.getByRole('button', { name: t.support.lookupButton, exact: true });
      await open(page, paths.support(lang));

      for (const typed of ['sma', 'ＳＭＡ', ' pvb ']) {
        const code = typed.normalize('NFKC').trim().toUpperCase() as (typeof OUTCOME_CODES)[number];
        await box.fill(typed);
        await submit.click();
        const answers = answersForCode(code);
        await expect(page).toHaveURL(absolute(setupPath(lang, RESULT, answers)));
        await expect(page.getByText(fill(t.result.code, { code }), { exact: true })).toBeVisible();
        await expectResult(page, lang, answers);
        await page.goBack();
        await expect(heading(page)).toHaveText(t.support.title);
      }

      await box.fill('xyz');
      await submit.click();
      const message = fill(t.support.lookupError, { code: 'XYZ' });
      const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: t.flow.errorSummaryTitle }) });
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link')).toHaveText(message);
      await expect(box).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      await expect(box).toHaveAttribute('aria-invalid', 'true');
      await expect(page).toHaveURL(absolute(paths.support(lang)));
    });
  }

  // One test a code: the list of codes may grow or shrink, the time a test may take does not.
  for (const code of OUTCOME_CODES) {
    test(`the code ${code} opens a result showing that code`, async ({ page }) => {
      const lang = 'en';
      const t = copyOf(lang);
      await open(page, paths.support(lang));
      await page.getByRole('textbox', { name: t.support.lookupLabel, exact: true }).fill(code.toLowerCase());
      await page.getByRole('button', { name: t.support.lookupButton, exact: true }).click();
      await expect(page.getByText(fill(t.result.code, { code }), { exact: true })).toBeVisible();
      for (const { what, value } of expectedSettings(lang, answersForCode(code))) await expect(settingValue(page, lang, what)).toHaveText(value);
    });
  }
});

// ---------------------------------------------------------------------------------------
// Accessibility and small screens

/** Every page of the flow with the answers that reach it: each step, and a few results. */
function stepPages(lang: Lang) {
  return STEP_IDS.map((step) => ({ name: step, path: setupPath(lang, step, answersBefore(ALL_STEPS, step)) }));
}

const AXE_RESULTS: Answers[] = [
  THUNDERBIRD,
  { ...ALL_STEPS, 'client-smtp-auth': 'no', 'client-apop': 'no', registration: 'no', antivirus: 'yes' },
  withSituation(2, { client: 'other', 'client-ssl': 'unsure', 'client-smtp-auth': 'unsure' }),
];

// One test a page, so that the time a test may take does not grow with the number of steps.
for (const lang of LANGS) {
  test.describe(`${lang}: axe (WCAG 2.2 AA)`, { tag: '@exhaustive' }, () => {
    for (const { name, path } of stepPages(lang)) {
      test(`the step ${name} has no violations`, async ({ page }) => {
        await open(page, path);
        await expect(heading(page)).toHaveText(copyOf(lang).step(name).title);
        expect(await axeViolations(page), name).toEqual([]);
      });
    }

    for (const answers of AXE_RESULTS) {
      test(`the result ${recommend(answers).code} (${answers.client}) has no violations`, async ({ page }) => {
        await open(page, setupPath(lang, RESULT, answers));
        await expect(page.getByText(codeText(lang, answers), { exact: true })).toBeVisible();
        expect(await axeViolations(page), recommend(answers).code).toEqual([]);
      });
    }

    test('error states have no violations', async ({ page }) => {
      await open(page, paths.setup(lang, 'network', '?registration=yes&network=mars'));
      await expect(page.getByRole('alert')).toBeFocused();
      expect(await axeViolations(page), 'illegal answer').toEqual([]);
      await open(page, paths.setup(lang, 'registration'));
      await continueButton(page, lang).click();
      await expect(page.getByRole('alert')).toBeFocused();
      expect(await axeViolations(page), 'required').toEqual([]);
    });
  });

  test.describe(`${lang}: 320 px wide`, { tag: '@exhaustive' }, () => {
    test.use({ viewport: { width: 320, height: 640 } });

    const pages = [
      ...stepPages(lang),
      ...AXE_RESULTS.slice(0, 2).map((answers) => ({ name: `result ${recommend(answers).code}`, path: setupPath(lang, RESULT, answers) })),
      { name: 'illegal answer', path: paths.setup(lang, 'network', '?registration=yes&network=mars') },
      // A mangled link: the longest value the error quotes, with nowhere to break.
      { name: 'long illegal answer', path: paths.setup(lang, 'registration', `?registration=${'x'.repeat(60)}`) },
    ];
    for (const { name, path } of pages) {
      test(`${name} needs no horizontal scrolling`, async ({ page }) => {
        await open(page, path);
        await expect(heading(page)).toBeVisible();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      });
    }
  });
}

test('every step has its own static page, and the result without answers starts at the first question', { tag: '@base-path' }, async ({ page }) => {
  allowForEach(STEP_IDS.length, 2_000);
  // The static file for each step exists: a plain server answers it (no SPA fallback).
  for (const step of STEP_IDS) {
    const response = await page.request.get(at(paths.setup('ja', step)));
    expect(response.status(), step).toBe(200);
  }
  await open(page, paths.setup('ja', RESULT));
  await expect(page).toHaveURL(absolute(paths.setup('ja', 'registration')));
});

test('a flow’s own folder (a link cut short) opens its first question, or as far as its answers reach', { tag: '@base-path' }, async ({ page }) => {
  for (const flow of FLOW_IDS) {
    const response = await page.request.get(at(paths.flowFolder('en', flow)));
    expect(response.status(), `${flow}: a static page, not the host's 404`).toBe(200);
  }
  await open(page, paths.flowFolder('ja', 'setup'));
  await expect(page).toHaveURL(absolute(paths.setup('ja', SETUP_FLOW.first)));
  await expect(heading(page)).toHaveText(copyOf('ja').step(SETUP_FLOW.first).title);

  const query = setupQuery({ registration: 'yes', network: 'asahi' });
  await open(page, paths.flowFolder('en', 'setup', query));
  await expect(page).toHaveURL(absolute(paths.setup('en', 'virus-check', query)));

  await open(page, paths.flowFolder('en', 'cant-receive'));
  await expect(page).toHaveURL(absolute(paths.cantReceive('en', CANT_RECEIVE_FLOW.first)));
});
