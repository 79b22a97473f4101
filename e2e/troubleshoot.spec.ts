/**
 * Troubleshooting in the browser: both question flows answered in both languages, deep
 * links, the settings checker and its shareable URL, errors from a URL, accessibility
 * and narrow screens. Names come from the copy files, so both languages are tested alike.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { LANGS, paths, type Lang } from '../src/app/paths';
import { RESULT } from '../src/flow/engine';
import { toQuery } from '../src/flow/resolve';
import { SETUP_FLOW } from '../src/flow/steps';
import enCommon from '../src/i18n/en/common';
import enFlow from '../src/i18n/en/flow';
import enHome from '../src/i18n/en/home';
import enSteps from '../src/i18n/en/steps';
import enSupport from '../src/i18n/en/support';
import enTs from '../src/i18n/en/troubleshoot';
import jaCommon from '../src/i18n/ja/common';
import jaFlow from '../src/i18n/ja/flow';
import jaHome from '../src/i18n/ja/home';
import jaSteps from '../src/i18n/ja/steps';
import jaSupport from '../src/i18n/ja/support';
import jaTs from '../src/i18n/ja/troubleshoot';
import { HOSTS, PORTS, type HostKey } from '../src/settings/servers';
import { checkToQuery, type CheckInput } from '../src/troubleshoot/check-query';
import { CANT_RECEIVE_FLOW, type ReceiveAnswers } from '../src/troubleshoot/cant-receive';
import { CANT_SEND_FLOW, type SendAnswers } from '../src/troubleshoot/cant-send';
import { at, expect, ready, test } from './fixtures';

const TEXT = {
  ja: { ts: jaTs, flow: jaFlow, common: jaCommon, home: jaHome, steps: jaSteps, support: jaSupport },
  en: { ts: enTs, flow: enFlow, common: enCommon, home: enHome, steps: enSteps, support: enSupport },
} as const;

/** Fills {{name}} placeholders the way i18next does, to know the text a page shows. */
function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
}

/** The button that copies `what`, by its accessible name. */
function copyButton(page: Page, lang: Lang, what: string) {
  return page.getByRole('button', { name: fill(TEXT[lang].common.copy.button, { what }), exact: true });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A URL path, matched at the end of the page's URL (which has the origin and base path before it). */
function endsWith(path: string): RegExp {
  return new RegExp(`${escape(path)}$`);
}

function startsWith(text: string): RegExp {
  return new RegExp(`^${escape(text)}`);
}

async function clipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

type FlowKey = 'cant-send' | 'cant-receive';

/** An option's label as the question shows it: a port is its own label, a host option shows the host. */
function optionLabel(lang: Lang, flow: FlowKey, step: string, value: string): string {
  if (/^\d+$/.test(value)) return value;
  const steps = TEXT[lang].ts.flows[flow].steps as Record<string, { options: Record<string, string> }>;
  const template = steps[step]?.options[value] ?? '';
  return fill(template, { host: Object.hasOwn(HOSTS, value) ? HOSTS[value as HostKey] : '' });
}

/** Answers the question on screen (checking it is the expected one) and continues. */
async function answer(page: Page, lang: Lang, flow: FlowKey, step: string, value: string) {
  const steps = TEXT[lang].ts.flows[flow].steps as Record<string, { title: string }>;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(steps[step]?.title ?? '');
  await page.getByRole('radio', { name: optionLabel(lang, flow, step, value), exact: true }).check();
  await page.getByRole('button', { name: TEXT[lang].flow.continue }).click();
}

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// Answers of the examples: STARTTLS on the submission port, and None on the POP over SSL/TLS port.
const SEND: SendAnswers = { symptom: 'secure-connection', port: `${PORTS.submission}`, security: 'starttls', antivirus: 'no' };
const RECEIVE: ReceiveAnswers = { symptom: 'times-out', host: 'pop', port: `${PORTS.popSsl}`, security: 'none' };
// Sending refused with SMTP AUTH off: the answers about registration and the option carry over to setup.
const RELAY: SendAnswers = { symptom: 'relay-denied', 'smtp-auth': 'no', registration: 'yes', host: 'mails', 'virus-check': 'no', antivirus: 'no' };
// The checker's example: STARTTLS on 587 and the e-mail address as the user name.
const CHECK: CheckInput = { 'out-host': HOSTS.mail, 'out-port': PORTS.submission, 'out-security': 'starttls', user: 'address' };

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

for (const lang of LANGS) {
  const T = TEXT[lang];
  const ts = T.ts;

  test.describe(`${lang}: entry points`, { tag: '@base-path' }, () => {
    test('the home page and the header lead to the hub and each entry', async ({ page }) => {
      await page.goto(at(paths.home(lang)));
      await ready(page);
      await expect(page.getByRole('heading', { level: 2, name: T.home.troubleHeading })).toBeVisible();
      await page.getByRole('navigation').getByRole('link', { name: T.common.nav.troubleshoot }).click();
      await expect(page).toHaveURL(endsWith(paths.troubleshoot(lang)));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ts.title);
      await page.getByRole('link', { name: ts.entries.check.title }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ts.check.title);
      await page.goBack();
      await page.getByRole('link', { name: ts.entries['cant-receive'].title }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ts.flows['cant-receive'].steps.symptom.title);
    });
  });

  test.describe(`${lang}: support page`, { tag: '@base-path' }, () => {
    test('lists a link to every troubleshooting question, which opens it', async ({ page }) => {
      await page.goto(at(paths.support(lang)));
      await ready(page);
      await expect(page.getByRole('heading', { level: 2, name: T.support.troubleshootHeading })).toBeVisible();
      const title = ts.flows['cant-receive'].steps.port.title;
      await expect(page.getByRole('button', { name: fill(T.common.copy.button, { what: fill(T.support.stepLink, { step: title }) }) })).toBeVisible();
      await page.getByRole('link', { name: title, exact: true }).click();
      // Port is not reachable without the answers before it: the first question opens.
      await expect(page).toHaveURL(endsWith(paths.cantReceive(lang, CANT_RECEIVE_FLOW.first)));
    });
  });

  test.describe(`${lang}: can't send`, () => {
    test('answered from the home page, ends in STARTTLS with the corrected value to copy', async ({ page }) => {
      await page.goto(at(paths.home(lang)));
      await ready(page);
      await page.getByRole('link', { name: T.home.troubleLinks['cant-send'] }).click();
      for (const step of ['symptom', 'port', 'security', 'antivirus'] as const) {
        await answer(page, lang, 'cant-send', step, SEND[step] ?? '');
      }
      await expect(page).toHaveURL(endsWith(paths.cantSend(lang, RESULT, toQuery(CANT_SEND_FLOW, SEND))));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ts.flows['cant-send'].resultTitle);
      await expect(page).toHaveTitle(startsWith(ts.flows['cant-send'].resultTitle));
      // The most likely cause first: first in the summary, and first under "this setting is the cause".
      await expect(page.getByRole('navigation', { name: ts.result.summaryHeading }).getByRole('link').first()).toHaveText(ts.causes.starttls.title);
      await expect(page.getByRole('heading', { level: 2, name: ts.certainty.definite })).toBeVisible();
      await expect(page.getByRole('heading', { level: 3 }).first()).toHaveText(ts.causes.starttls.title);

      const none = ts.values.security.none;
      await copyButton(page, lang, fill(ts.result.copyWhat.security, { value: none })).first().click();
      expect(await clipboard(page)).toBe(none);
      await copyButton(page, lang, fill(ts.result.copyWhat.host, { value: HOSTS.mail })).first().click();
      expect(await clipboard(page)).toBe(HOSTS.mail);
      // The answers are listed with a Change link that keeps the others.
      await page.getByRole('link', { name: fill(T.flow.changeWhat, { what: ts.flows['cant-send'].steps.port.title }) }).click();
      await expect(page.getByRole('radio', { name: String(PORTS.submission), exact: true })).toBeChecked();
    });

    test('a deep link to a step with answers opens that question with the answers so far', { tag: '@base-path' }, async ({ page }) => {
      const answers: SendAnswers = { symptom: 'times-out', port: `${PORTS.smtp}` };
      await page.goto(at(paths.cantSend(lang, 'security', toQuery(CANT_SEND_FLOW, answers))));
      await ready(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ts.flows['cant-send'].steps.security.title);
      await expect(page.getByRole('heading', { name: T.flow.yourAnswers })).toBeVisible();
      await expect(page.getByText(ts.flows['cant-send'].steps.symptom.options['times-out'])).toBeVisible();
      await expect(page.getByRole('link', { name: T.flow.back })).toHaveAttribute(
        'href',
        endsWith(paths.cantSend(lang, 'port', toQuery(CANT_SEND_FLOW, answers))),
      );
      // Port 25 asks about the network next.
      await answer(page, lang, 'cant-send', 'security', 'none');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ts.flows['cant-send'].steps.network.title);
    });

    test('a deep link to a result links into the setup flow with the answers it can take over', { tag: '@base-path' }, async ({ page }) => {
      await page.goto(at(paths.cantSend(lang, RESULT, toQuery(CANT_SEND_FLOW, RELAY))));
      await ready(page);
      await expect(page.getByRole('heading', { level: 3 }).first()).toHaveText(ts.causes['out-auth-off'].title);
      await expect(page.getByRole('heading', { level: 3, name: ts.causes['mails-without-virus-check'].title })).toBeVisible();
      await copyButton(page, lang, fill(ts.result.copyWhat.host, { value: HOSTS.mail })).first().click();
      expect(await clipboard(page)).toBe(HOSTS.mail);
      // SMTP AUTH is the app's to set up: the link goes as far towards that question as the answers reach.
      // One link a page, below the cards, not one a card.
      const setup = page.getByRole('link', { name: ts.result.setupLink });
      await expect(setup).toHaveCount(1);
      await expect(setup).toHaveAttribute('href', endsWith(paths.setup(lang, 'network', toQuery(SETUP_FLOW, { registration: 'yes' }))));
      await setup.click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(T.steps.network.title);
    });

    test('Continue without an answer says what to choose', async ({ page }) => {
      await page.goto(at(paths.cantSend(lang, CANT_SEND_FLOW.first)));
      await ready(page);
      await page.getByRole('button', { name: T.flow.continue }).click();
      await expect(page.getByRole('alert')).toContainText(ts.flows['cant-send'].steps.symptom.required);
    });
  });

  test.describe(`${lang}: can't receive`, () => {
    test('answered from the hub, ends in "this port needs SSL/TLS" with the value to copy', async ({ page }) => {
      await page.goto(at(paths.troubleshoot(lang)));
      await ready(page);
      await page.getByRole('link', { name: ts.entries['cant-receive'].title }).click();
      for (const step of ['symptom', 'host', 'port', 'security'] as const) {
        await answer(page, lang, 'cant-receive', step, RECEIVE[step] ?? '');
      }
      await expect(page).toHaveURL(endsWith(paths.cantReceive(lang, RESULT, toQuery(CANT_RECEIVE_FLOW, RECEIVE))));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ts.flows['cant-receive'].resultTitle);
      await expect(page.getByRole('heading', { level: 3 }).first()).toHaveText(ts.causes['no-ssl-on-ssl-port'].title);
      const ssl = ts.values.security['ssl-tls'];
      await copyButton(page, lang, fill(ts.result.copyWhat.security, { value: ssl })).first().click();
      expect(await clipboard(page)).toBe(ssl);
      await copyButton(page, lang, fill(ts.result.copyWhat.port, { value: PORTS.popSsl })).first().click();
      expect(await clipboard(page)).toBe(String(PORTS.popSsl));
      await expect(page.getByText(ts.imapNote)).toBeVisible();
    });

    test('an answer a link got wrong asks that question again', async ({ page }) => {
      await page.goto(at(paths.cantReceive(lang, 'host', '?symptom=times-out&host=imap.example')));
      await ready(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ts.flows['cant-receive'].steps.host.title);
      await expect(page.getByRole('alert')).toContainText(fill(T.flow.invalidAnswer, { value: 'imap.example' }));
    });
  });

  test.describe(`${lang}: check my current settings`, () => {
    const field = (name: keyof typeof ts.check.fields) => ts.check.fields[name].name;
    const expectedHeadings = [
      fill(ts.check.diagnoses.starttls.title, { field: field('out-security') }),
      ts.check.diagnoses['user-is-address'].title,
      ts.result.settingHeading,
    ];

    async function expectDiagnoses(page: Page) {
      const result = page.getByRole('region', { name: ts.check.resultTitle });
      await expect(result.getByRole('heading', { level: 3 })).toHaveText(expectedHeadings);
      const none = ts.values.security.none;
      await copyButton(page, lang, fill(ts.check.copyExpected, { field: field('out-security') })).click();
      expect(await clipboard(page)).toBe(none);
      // The app that cannot do it may use SSL/TLS on 465 instead.
      await copyButton(page, lang, fill(ts.check.copyCorrection, { field: field('out-port'), value: PORTS.smtpSsl })).click();
      expect(await clipboard(page)).toBe(String(PORTS.smtpSsl));
      // A chosen value is quoted in a sentence as on the rest of the page (「SSL/TLS」, “SSL/TLS”), a port is not.
      const quoted = fill(ts.check.choice, { value: ts.values.security['ssl-tls'] });
      await expect(result.getByText(fill(ts.check.set, { field: field('out-security'), value: quoted }), { exact: true })).toBeVisible();
      await expect(result.getByText(fill(ts.check.set, { field: field('out-port'), value: PORTS.smtpSsl }), { exact: true })).toBeVisible();
    }

    test('the form puts the settings in the URL, and the URL shows the same diagnoses in a fresh page', { tag: '@base-path' }, async ({ page, browser, baseURL }) => {
      await page.goto(at(paths.check(lang)));
      await ready(page);
      await expect(page.getByRole('region', { name: ts.check.resultTitle })).toHaveCount(0);
      const outgoing = page.getByRole('group', { name: ts.check.sections.outgoing });
      await outgoing.getByRole('textbox', { name: ts.check.fields['out-host'].label }).fill(HOSTS.mail);
      await outgoing.getByRole('textbox', { name: ts.check.fields['out-port'].label }).fill(String(PORTS.submission));
      await outgoing.getByRole('radio', { name: ts.check.options.security.starttls }).check();
      await page.getByRole('group', { name: ts.check.sections.account }).getByRole('radio', { name: ts.check.options.user.address }).check();
      await page.getByRole('button', { name: ts.check.submit }).click();

      await expect(page).toHaveURL(endsWith(paths.check(lang, checkToQuery(CHECK))));
      // The result is read first: focus moves to it.
      await expect(page.getByRole('heading', { name: ts.check.resultTitle })).toBeFocused();
      await expectDiagnoses(page);

      const context = await browser.newContext({ baseURL, permissions: ['clipboard-read', 'clipboard-write'] });
      const fresh = await context.newPage();
      await fresh.goto(page.url());
      await ready(fresh);
      await expectDiagnoses(fresh);
      // The form shows what the link holds, so the check can be changed and run again.
      await expect(fresh.getByRole('group', { name: ts.check.sections.outgoing }).getByRole('radio', { name: ts.check.options.security.starttls })).toBeChecked();
      await context.close();
    });

    test('settings that are all right say so, with what the settings cannot show', async ({ page }) => {
      const good: CheckInput = { 'out-host': HOSTS.mail, 'out-port': PORTS.smtpSsl, 'out-security': 'ssl-tls', 'out-auth': 'on', user: 'id' };
      await page.goto(at(paths.check(lang, checkToQuery(good))));
      await ready(page);
      const result = page.getByRole('region', { name: ts.check.resultTitle });
      await expect(result.getByRole('heading', { level: 3 })).toHaveText([ts.check.diagnoses['looks-right'].title]);
      await expect(result.getByText(ts.check.hints.registration)).toBeVisible();
      await expect(result.getByText(field('in-host'), { exact: true })).toBeVisible();
    });

    test('invalid values in a check URL are named in an error, never a blank page', async ({ page }) => {
      await page.goto(at(paths.check(lang, '?out-port=abc&user=nobody&out-security=starttls')));
      await ready(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ts.check.title);
      await expect(page).toHaveTitle(startsWith(T.common.errorPrefix));
      const summary = page.getByRole('alert');
      await expect(summary).toContainText(ts.check.errorSummary);
      await expect(summary.getByRole('link', { name: fill(ts.check.invalid['out-port'], { value: 'abc' }) })).toBeVisible();
      await expect(summary.getByRole('link', { name: fill(ts.check.invalid.user, { value: 'nobody' }) })).toBeVisible();
      await expect(page.getByRole('region', { name: ts.check.resultTitle })).toHaveCount(0);
      // The value is shown in its field, marked invalid, to be corrected there.
      const port = page.getByRole('group', { name: ts.check.sections.outgoing }).getByRole('textbox', { name: ts.check.fields['out-port'].label });
      await expect(port).toHaveValue('abc');
      await expect(port).toHaveAttribute('aria-invalid', 'true');
      await summary.getByRole('link', { name: fill(ts.check.invalid['out-port'], { value: 'abc' }) }).click();
      await expect(port).toBeFocused();
      await port.fill(String(PORTS.submission));
      await page.getByRole('group', { name: ts.check.sections.account }).getByRole('radio', { name: ts.check.options.user.id }).check();
      await page.getByRole('button', { name: ts.check.submit }).click();
      await expect(page.getByRole('region', { name: ts.check.resultTitle }).getByRole('heading', { level: 3 }).first()).toHaveText(
        fill(ts.check.diagnoses.starttls.title, { field: field('out-security') }),
      );
    });

    test('a value typed wrong is named in an error and not put in the URL', async ({ page }) => {
      await page.goto(at(paths.check(lang)));
      await ready(page);
      const incoming = page.getByRole('group', { name: ts.check.sections.incoming });
      await incoming.getByRole('textbox', { name: ts.check.fields['in-port'].label }).fill('pop');
      await page.getByRole('button', { name: ts.check.submit }).click();
      await expect(page.getByRole('alert')).toContainText(fill(ts.check.invalid['in-port'], { value: 'pop' }));
      await expect(page).toHaveURL(endsWith(paths.check(lang)));
    });

    test('checking with nothing entered says so', async ({ page }) => {
      await page.goto(at(paths.check(lang)));
      await ready(page);
      await page.getByRole('button', { name: ts.check.submit }).click();
      await expect(page.getByRole('region', { name: ts.check.resultTitle }).getByRole('heading', { level: 3 })).toHaveText([
        ts.check.diagnoses['nothing-to-check'].title,
      ]);
    });
  });

  test.describe(`${lang}: accessibility and small screens`, { tag: '@exhaustive' }, () => {
    const pages = [
      paths.troubleshoot(lang),
      paths.cantSend(lang, CANT_SEND_FLOW.first),
      paths.cantSend(lang, RESULT, toQuery(CANT_SEND_FLOW, SEND)),
      paths.cantReceive(lang, CANT_RECEIVE_FLOW.first),
      paths.cantReceive(lang, RESULT, toQuery(CANT_RECEIVE_FLOW, RECEIVE)),
      paths.check(lang),
      paths.check(lang, checkToQuery(CHECK)),
      paths.check(lang, '?in-port=abc'),
    ];
    for (const path of pages) {
      test(`${path} has no axe violations (WCAG 2.2 AA)`, async ({ page }) => {
        await page.goto(at(path));
        await ready(page);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        expect(await axe(page)).toEqual([]);
      });
    }

    // A long host name is echoed in the diagnosis; a long unreadable value in the error.
    const long = [paths.check(lang, checkToQuery({ 'out-host': `${'a'.repeat(80)}.example.com` })), paths.check(lang, `?in-port=${'9'.repeat(80)}`)];
    // One test a page, so that the time a test may take does not grow with the number of pages.
    for (const path of [...pages, ...long]) {
      test(`${path} does not scroll sideways at 320 px`, async ({ page }) => {
        await page.setViewportSize({ width: 320, height: 640 });
        await page.goto(at(path));
        await ready(page);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
      });
    }
  });
}
