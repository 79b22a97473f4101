/**
 * The support page's link builder: the answers chosen on one screen make the link the flow
 * itself reaches when a customer clicks through (checked here by clicking through), the
 * settings code and summary the result shows, and a QR code that decodes to the link.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { LANGS, paths, type Lang } from '../src/app/paths';
import { RESULT } from '../src/flow/engine';
import { answersForCode, answersForRetiredCode, recommend } from '../src/flow/recommend';
import { toQuery } from '../src/flow/resolve';
import { STEP_IDS, type Answers, type StepId } from '../src/flow/steps';
import enTs from '../src/i18n/en/troubleshoot';
import jaTs from '../src/i18n/ja/troubleshoot';
import { HOSTS, type HostKey } from '../src/settings/servers';
import { CANT_SEND_FLOW, type SendAnswers } from '../src/troubleshoot/cant-send';
import { explanationOf } from '../src/troubleshoot/causes';
import { diagnoseSend } from '../src/troubleshoot/flow-causes';
import { expect, test } from './fixtures';
import { absolute, clickThrough, copyOf, fill, heading, open, optionLabel, setupPath } from './setup-helpers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const TS = { ja: jaTs, en: enTs } as const;

const OUTLOOK: Answers = { registration: 'no', network: 'au-hikari', 'virus-check': 'yes', antivirus: 'unsure', client: 'outlook' };
const OTHER_APP: Answers = { registration: 'yes', network: 'asahi', 'virus-check': 'no', antivirus: 'no', client: 'other', 'client-ssl': 'no', 'client-smtp-auth': 'yes', 'client-apop': 'yes' };
const RELAY: SendAnswers = { symptom: 'relay-denied', 'smtp-auth': 'no', registration: 'yes', host: 'mails', 'virus-check': 'no', antivirus: 'no' };

function builder(page: Page, lang: Lang): Locator {
  return page.getByRole('region', { name: copyOf(lang).support.builder.heading });
}

async function clipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Copies with the button named for `what` and returns what reached the clipboard. */
async function copied(page: Page, lang: Lang, what: string): Promise<string> {
  await builder(page, lang)
    .getByRole('button', { name: fill(copyOf(lang).common.copy.button, { what }), exact: true })
    .click();
  return clipboard(page);
}

/** What the QR code on screen says, read from a screenshot of it as a phone's camera would. */
async function qrText(code: Locator): Promise<string | undefined> {
  await code.scrollIntoViewIfNeeded();
  const png = PNG.sync.read(await code.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

async function chooseSetup(page: Page, lang: Lang, answers: Answers): Promise<void> {
  const t = copyOf(lang);
  const region = builder(page, lang);
  for (const step of STEP_IDS) {
    const value = answers[step];
    if (value === undefined) continue;
    await region.getByRole('combobox', { name: t.step(step).summary, exact: true }).selectOption({ label: optionLabel(lang, step, value) });
  }
}

for (const lang of LANGS) {
  const t = copyOf(lang);
  const b = t.support.builder;

  test.describe(`${lang}: the link builder`, () => {
    for (const answers of [OUTLOOK, OTHER_APP]) {
      test(`the setup answers for ${answers.client} make the result link the flow reaches, its code, summary and QR code`, { tag: answers === OUTLOOK ? [] : ['@exhaustive'] }, async ({ page }) => {
        await open(page, paths.support(lang));
        const region = builder(page, lang);
        await expect(region.getByRole('status')).toHaveText(fill(b.status.next, { step: t.step('registration').summary }));
        await chooseSetup(page, lang, answers);
        await expect(region.getByRole('status')).toHaveText(b.status.done);

        const outcome = recommend(answers);
        expect(await copied(page, lang, b.code)).toBe(outcome.code);
        const summary = await copied(page, lang, b.summaryLabel);
        for (const value of [outcome.receive.host, `${outcome.receive.port}`, outcome.send.host, `${outcome.send.port}`]) expect(summary).toContain(value);
        const link = await copied(page, lang, b.resultLink);
        expect(link).toBe(absolute(setupPath(lang, RESULT, answers)));
        await expect.poll(() => qrText(region.locator('svg'))).toBe(link);

        // The same answers clicked through the flow's own pages end on the same URL.
        await clickThrough(page, lang, answers);
        expect(page.url()).toBe(link);
      });
    }

    test('with questions unanswered, the link opens the first of them with the answers before it', async ({ page }) => {
      await open(page, paths.support(lang));
      const region = builder(page, lang);
      await chooseSetup(page, lang, { registration: 'yes', 'virus-check': 'no', client: 'becky' });
      await expect(region.getByRole('status')).toHaveText(fill(b.status.next, { step: t.step('network').summary }));
      const link = await copied(page, lang, fill(b.nextLink, { step: t.step('network').summary }));
      expect(link).toBe(absolute(setupPath(lang, 'network', { registration: 'yes' })));
      await expect.poll(() => qrText(region.locator('svg'))).toBe(link);
      await region.getByRole('link', { name: b.open }).click();
      await expect(heading(page)).toHaveText(t.step('network').title);
      expect(page.url()).toBe(link);
    });

    test('a question only the answers lead to appears with them, and goes when they change', { tag: '@exhaustive' }, async ({ page }) => {
      await open(page, paths.support(lang));
      const region = builder(page, lang);
      const apop = region.getByRole('combobox', { name: t.step('client-apop').summary, exact: true });
      await chooseSetup(page, lang, OTHER_APP);
      await expect(apop).toBeVisible();
      await chooseSetup(page, lang, { client: 'thunderbird' });
      await expect(apop).toHaveCount(0);
      await expect(region.getByRole('combobox')).toHaveCount(5);
      expect(await copied(page, lang, b.resultLink)).toBe(absolute(setupPath(lang, RESULT, { ...OTHER_APP, client: 'thunderbird' } as Answers)));
    });

    test('a settings code read out fills the answers, and one answer can be changed', async ({ page }) => {
      await open(page, paths.support(lang));
      await page.getByRole('textbox', { name: t.support.lookupLabel, exact: true }).fill('pvb');
      await page.getByRole('button', { name: t.support.lookupFill, exact: true }).click();
      const region = builder(page, lang);
      await expect(region.getByRole('heading', { name: b.heading })).toBeFocused();
      const answers = answersForCode('PVB');
      for (const step of STEP_IDS) {
        const value = answers[step as StepId];
        const select = region.getByRole('combobox', { name: t.step(step).summary, exact: true });
        if (value === undefined) await expect(select).toHaveCount(0);
        else await expect(select.locator('option:checked')).toHaveText(optionLabel(lang, step, value));
      }
      expect(await copied(page, lang, b.code)).toBe('PVB');
      await chooseSetup(page, lang, { 'client-apop': 'yes' });
      const changed = { ...answers, 'client-apop': 'yes' } as Answers;
      expect(await copied(page, lang, b.code)).toBe(recommend(changed).code);
      expect(await copied(page, lang, b.resultLink)).toBe(absolute(setupPath(lang, RESULT, changed)));
    });

    test('a retired settings code read out says so, what it stood for and why, and leads to the question its answers lack', async ({ page }) => {
      const r = t.support.retired;
      await open(page, paths.support(lang));
      const box = page.getByRole('textbox', { name: t.support.lookupLabel, exact: true });
      await box.fill('smb');
      await page.getByRole('button', { name: t.support.lookupButton, exact: true }).click();
      const notice = page.getByRole('status').filter({ has: page.getByRole('heading', { name: fill(r.title, { code: 'SMB' }) }) });
      await expect(notice).toBeVisible();
      await expect(notice).toContainText(r.meant);
      await expect(notice).toContainText(fill(t.support.meaning.auth.B, {}));
      await expect(notice).toContainText(fill(r.why, { sslPort: 995, port: 110 }));
      // No result opens and no error is shown: the code is known, only no longer in use.
      await expect(page).toHaveURL(absolute(paths.support(lang)));
      await expect(box).not.toHaveAttribute('aria-invalid', 'true');

      // Its answers fill the builder, which then asks the one question they lack.
      await page.getByRole('button', { name: t.support.lookupFill, exact: true }).click();
      const region = builder(page, lang);
      await expect(region.getByRole('status')).toHaveText(fill(b.status.next, { step: t.step('client-apop').summary }));

      const old = answersForRetiredCode('SMB');
      await notice.getByRole('link', { name: r.link }).click();
      await expect(page).toHaveURL(absolute(setupPath(lang, 'client-apop', old)));
      await expect(heading(page)).toHaveText(t.step('client-apop').title);
      await page.getByRole('radio', { name: optionLabel(lang, 'client-apop', 'yes'), exact: true }).check();
      await page.getByRole('button', { name: t.flow.continue, exact: true }).click();
      await expect(page).toHaveURL(absolute(setupPath(lang, RESULT, { ...old, 'client-apop': 'yes' } as Answers)));
      await expect(page.getByText(fill(t.result.code, { code: 'AMB' }), { exact: true })).toBeVisible();
    });

    test('the link can open in the other language', { tag: '@exhaustive' }, async ({ page }) => {
      const other: Lang = lang === 'ja' ? 'en' : 'ja';
      await open(page, paths.support(lang));
      await chooseSetup(page, lang, OUTLOOK);
      await builder(page, lang).getByRole('radio', { name: b.langs[other], exact: true }).check();
      expect(await copied(page, lang, b.resultLink)).toBe(absolute(setupPath(other, RESULT, OUTLOOK)));
    });

    test('the can’t-send answers make the link the flow reaches, and its most likely cause', async ({ page }) => {
      const ts = TS[lang];
      await open(page, paths.support(lang));
      const region = builder(page, lang);
      await region.getByRole('radio', { name: b.flows['cant-send'], exact: true }).check();
      const steps = ts.flows['cant-send'].steps as Record<string, { title: string; options: Record<string, string> }>;
      // A host option shows the settings table's host name.
      const label = (step: string, value: string) => fill(steps[step]?.options[value] ?? '', { host: Object.hasOwn(HOSTS, value) ? HOSTS[value as HostKey] : '' });
      for (const [step, value] of Object.entries(RELAY)) {
        await region.getByRole('combobox', { name: steps[step]?.title, exact: true }).selectOption({ label: label(step, value) });
      }
      await expect(region.getByRole('status')).toHaveText(b.status.done);
      // The cause the flow's result names first, from the same diagnosis.
      const [first] = diagnoseSend(RELAY);
      const causes = ts.causes as Record<string, { title: string }>;
      expect(explanationOf(first?.id ?? 'out-auth-off')).toBe(`causes.${first?.id}`);
      await expect(region.getByRole('term').filter({ hasText: b.likelyCause }).locator('+ dd')).toHaveText(causes[first?.id ?? '']?.title ?? 'missing');
      const link = await copied(page, lang, b.resultLink);
      expect(link).toBe(absolute(paths.cantSend(lang, RESULT, toQuery(CANT_SEND_FLOW, RELAY))));

      // Clicked through on the flow's pages, the same answers end on the same URL.
      await open(page, paths.cantSend(lang, 'symptom'));
      for (const [step, value] of Object.entries(RELAY)) {
        await expect(heading(page)).toHaveText(steps[step]?.title ?? '');
        await page.getByRole('radio', { name: label(step, value), exact: true }).check();
        await page.getByRole('button', { name: t.flow.continue, exact: true }).click();
      }
      await expect(heading(page)).toHaveText(ts.flows['cant-send'].resultTitle);
      expect(page.url()).toBe(link);
    });

    test.describe('downloads failing', () => {
      // The failed downloads are what is tested; the browser logs each one.
      test.use({ allowConsoleErrors: [/ERR_INTERNET_DISCONNECTED/] });
      test('when the troubleshooting questions or the QR code cannot be downloaded, it says so and the setup links still work', { tag: '@exhaustive' }, async ({ page }) => {
        await page.route(/\/(troubleshoot-questions|qr-code)-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
        await open(page, paths.support(lang));
        const region = builder(page, lang);
        await expect(region.getByText(b.qrFailed)).toBeVisible();
        await chooseSetup(page, lang, OUTLOOK);
        expect(await copied(page, lang, b.resultLink)).toBe(absolute(setupPath(lang, RESULT, OUTLOOK)));
        await region.getByRole('radio', { name: b.flows['cant-send'], exact: true }).check();
        await expect(region.getByRole('status')).toHaveText(b.questionsFailed);
      });
    });

    test('passes axe and fits 320 px with every answer given', { tag: '@exhaustive' }, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await open(page, paths.support(lang));
      await chooseSetup(page, lang, OTHER_APP);
      await expect(builder(page, lang).getByRole('status')).toHaveText(b.status.done);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  });
}
