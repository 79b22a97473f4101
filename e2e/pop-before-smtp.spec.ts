/**
 * POP before SMTP in the browser (issue 30): an app without SMTP AUTH is told to receive on 110
 * without SSL/TLS and is pointed to ASAHI Net's page, and a customer who followed the older
 * advice (receiving on 995 over SSL/TLS beside POP before SMTP) is told to receive on 110 by the
 * can't-send questions and by the settings checker.
 */
import { LANGS, paths } from '../src/app/paths';
import { RESULT } from '../src/flow/engine';
import { toQuery } from '../src/flow/resolve';
import type { Answers } from '../src/flow/steps';
import enTs from '../src/i18n/en/troubleshoot';
import jaTs from '../src/i18n/ja/troubleshoot';
import { POP_BEFORE_SMTP } from '../src/settings/pop-before-smtp';
import { HOSTS, PORTS } from '../src/settings/servers';
import { CANT_SEND_FLOW, type SendAnswers } from '../src/troubleshoot/cant-send';
import { checkToQuery } from '../src/troubleshoot/check-query';
import { expect, test } from './fixtures';
import { copyOf, fill, open, setupPath, settingValue } from './setup-helpers';

const TS = { ja: jaTs, en: enTs } as const;

/** An app with SSL/TLS and without SMTP AUTH: until issue 30 it got settings code SMB. */
const NO_SMTP_AUTH: Answers = {
  registration: 'unsure',
  network: 'other',
  'virus-check': 'no',
  antivirus: 'yes',
  client: 'other',
  'client-ssl': 'yes',
  'client-smtp-auth': 'no',
  'client-apop': 'yes',
};

for (const lang of LANGS) {
  const t = copyOf(lang);
  const ts = TS[lang];

  test(`${lang}: an app without SMTP AUTH receives on 110 with APOP, with no SMTP AUTH notices and a link to ASAHI Net's page`, async ({ page }) => {
    await open(page, setupPath(lang, RESULT, NO_SMTP_AUTH));
    await expect(page.getByText(fill(t.result.code, { code: 'AMB' }), { exact: true })).toBeVisible();
    await expect(settingValue(page, lang, t.result.copyWhat.receivePort)).toHaveText(String(PORTS.pop));
    const notices = t.sheet.notices;
    await expect(page.getByRole('heading', { name: notices['pop-before-smtp'].title })).toBeVisible();
    await expect(page.getByText(fill(notices['pop-before-smtp'].body, { minutes: POP_BEFORE_SMTP.windowMinutes }))).toBeVisible();
    await expect(page.getByRole('link', { name: notices['pop-before-smtp'].link })).toHaveAttribute('href', POP_BEFORE_SMTP.page);
    // The registration and the antivirus notices concern SMTP AUTH.
    for (const id of ['registration-unsure', 'antivirus-checks-outgoing'] as const) {
      await expect(page.getByRole('heading', { name: notices[id].title })).toHaveCount(0);
    }
    await expect(page.getByText(fill(t.sheet.why.popBeforeSmtpApop, { receivePort: PORTS.pop }))).toBeVisible();
  });

  test(`${lang}: can't send with POP before SMTP and receiving on 995 says to receive on 110`, async ({ page }) => {
    const answers: SendAnswers = { symptom: 'relay-denied', 'smtp-auth': 'pop-before-smtp', 'receive-port': `${PORTS.popSsl}`, host: 'mail' };
    await open(page, paths.flow(lang, 'cant-send', 'smtp-auth', toQuery(CANT_SEND_FLOW, { symptom: 'relay-denied' })));
    const steps = ts.flows['cant-send'].steps;
    await page.getByRole('radio', { name: steps['smtp-auth'].options['pop-before-smtp'], exact: true }).check();
    await page.getByRole('button', { name: t.flow.continue, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(steps['receive-port'].title);
    await page.getByRole('radio', { name: String(PORTS.popSsl), exact: true }).check();
    await page.getByRole('button', { name: t.flow.continue, exact: true }).click();
    await page.getByRole('radio', { name: fill(steps.host.options.mail, { host: HOSTS.mail }), exact: true }).check();
    await page.getByRole('button', { name: t.flow.continue, exact: true }).click();

    await expect(page).toHaveURL(new RegExp(`/cant-send/${RESULT}/${toQuery(CANT_SEND_FLOW, answers).replace('?', '\\?')}$`));
    const definite = page.getByRole('region', { name: ts.certainty.definite });
    const card = definite.getByRole('region', { name: ts.causes['pop-before-smtp-ssl'].title });
    await expect(card).toBeVisible();
    await expect(card.getByText(ts.result.settingHeadingReceive)).toBeVisible();
    await expect(card.getByText(fill(ts.fixes.port, { value: PORTS.pop }))).toBeVisible();
    // SMTP AUTH off is not the definite cause for an app without it.
    await expect(definite.getByRole('region', { name: ts.causes['out-auth-off'].title })).toHaveCount(0);
    await expect(page.getByRole('region', { name: ts.certainty.likely }).getByRole('region', { name: ts.causes['out-auth-off'].title })).toBeVisible();
  });

  test(`${lang}: the checker finds SSL/TLS receiving beside SMTP AUTH off`, async ({ page }) => {
    const query = checkToQuery({
      'in-host': HOSTS.pop,
      'in-port': PORTS.popSsl,
      'in-security': 'ssl-tls',
      'out-host': HOSTS.mail,
      'out-port': PORTS.submission,
      'out-security': 'none',
      'out-auth': 'off',
    });
    await open(page, paths.check(lang, query));
    const finding = page.getByRole('region', { name: ts.check.diagnoses['pop-before-smtp-ssl'].title });
    await expect(finding).toBeVisible();
    const field = ts.check.fields['in-port'].name;
    // A chosen value is quoted in the sentence (「なし」, “None”); the port number is not.
    const none = fill(ts.check.choice, { value: ts.values.security.none });
    await expect(finding.getByText(fill(ts.check.also, { field: ts.check.fields['in-security'].name, value: none }))).toBeVisible();
    await expect(finding).toContainText(fill(ts.check.diagnoses['pop-before-smtp-ssl'].body, { field, value: PORTS.pop, minutes: POP_BEFORE_SMTP.windowMinutes }));
  });
}
