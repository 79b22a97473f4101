/**
 * Gmail and POP (issue 30): a customer who read ASAHI Net mail in Gmail finds the cause in the
 * can't-receive questions, with the way that still works (a mail app, each app's steps); the
 * apps page and the Android result say what Google announced, naming its page.
 */
import { LANGS, paths } from '../src/app/paths';
import { RESULT } from '../src/flow/engine';
import enApps from '../src/i18n/en/apps/pages';
import enSheet from '../src/i18n/en/sheet';
import enTs from '../src/i18n/en/troubleshoot';
import jaApps from '../src/i18n/ja/apps/pages';
import jaSheet from '../src/i18n/ja/sheet';
import jaTs from '../src/i18n/ja/troubleshoot';
import { expect, test } from './fixtures';
import { copyOf, open, setupPath } from './setup-helpers';

const TS = { ja: jaTs, en: enTs } as const;
const APPS = { ja: jaApps, en: enApps } as const;
const SHEET_TEXT = { ja: jaSheet, en: enSheet } as const;

for (const lang of LANGS) {
  const t = copyOf(lang);
  const ts = TS[lang];
  const apps = APPS[lang];

  test(`${lang}: reading ASAHI Net mail in Gmail leads at once to Gmail's end of POP fetching, and to each app's steps`, async ({ page }) => {
    await open(page, paths.cantReceive(lang, 'symptom'));
    await page.getByRole('radio', { name: ts.flows['cant-receive'].steps.symptom.options.gmail, exact: true }).check();
    await page.getByRole('button', { name: t.flow.continue, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/cant-receive/${RESULT}/\\?symptom=gmail$`));
    const likely = page.getByRole('region', { name: ts.certainty.likely });
    const card = likely.getByRole('region', { name: ts.causes['gmail-pop-ended'].title });
    await expect(card).toBeVisible();
    await expect(page.getByText(ts.causes['gmail-pop-ended'].body)).toBeVisible();
    await card.getByRole('link', { name: ts.result.appsLink }).click();
    await expect(page).toHaveURL(new RegExp(`${paths.apps(lang)}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(apps.list.title);
  });

  test(`${lang}: the apps page and the Android result say what Google announced about Gmail and POP`, async ({ page }) => {
    await open(page, paths.apps(lang));
    const retired = page.getByRole('region', { name: apps.list.retiredHeading });
    await expect(retired.getByText(apps.list.retired['gmail-web'].name, { exact: true })).toBeVisible();
    await expect(retired.getByText(apps.list.retired['gmail-web'].note)).toBeVisible();
    await expect(page.getByText(apps.list.statusNotes['at-risk'])).toBeVisible();

    await open(page, setupPath(lang, RESULT, { registration: 'yes', network: 'other', 'virus-check': 'no', antivirus: 'no', client: 'android' }));
    await expect(page.getByText(SHEET_TEXT[lang].labels.android.tip)).toBeVisible();
  });
}
