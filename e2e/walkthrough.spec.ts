/**
 * The per-app walkthroughs (issue 11): on a personalised result and on each app's own page,
 * every value a step lists or a picture draws is the outcome's, the typed ID and address are
 * where they belong and never in the URL; the apps page says what the flow's presets say.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { LANGS, paths, type Lang } from '../src/app/paths';
import { CLIENT_PRESETS, PRESET_CLIENT_IDS, type PresetClientId } from '../src/flow/clients';
import { recommend, type Outcome } from '../src/flow/recommend';
import type { Answers } from '../src/flow/steps';
import enApps from '../src/i18n/en/apps';
import enSheet from '../src/i18n/en/sheet';
import jaApps from '../src/i18n/ja/apps';
import jaSheet from '../src/i18n/ja/sheet';
import { APP_FACTS } from '../src/walkthrough/app-table';
import { IOS_LABELS, MAC_LABELS, type AppleLabel } from '../src/walkthrough/apple-strings';
import { GUIDES } from '../src/walkthrough/guides';
import { recommendedOutcome } from '../src/walkthrough/recommended';
import { expect, test } from './fixtures';
import { allowForEach } from './time-per-item';
import { open, setupPath } from './setup-helpers';

const APPS = PRESET_CLIENT_IDS;
const TEXT = { ja: { apps: jaApps, sheet: jaSheet }, en: { apps: enApps, sheet: enSheet } } as const;
const ID = 'zz9q-walk';
const ADDRESS = 'walk.person@example.org';

/** The standard outgoing server, and the virus-check one: two outcomes with different values. */
const SITUATIONS: readonly Omit<Answers, 'client'>[] = [
  { registration: 'yes', network: 'other', 'virus-check': 'no', antivirus: 'no' },
  { registration: 'yes', network: 'asahi', 'virus-check': 'yes', antivirus: 'no' },
];

function expected(outcome: Outcome): Record<string, string> {
  return {
    receiveHost: outcome.receive.host,
    receivePort: String(outcome.receive.port),
    sendHost: outcome.send.host,
    sendPort: String(outcome.send.port),
  };
}

async function typeIdentity(page: Page, lang: Lang): Promise<void> {
  await page.getByRole('textbox', { name: TEXT[lang].sheet.identity.id.label, exact: true }).fill(ID);
  await page.getByRole('textbox', { name: TEXT[lang].sheet.identity.address.label, exact: true }).fill(ADDRESS);
  await page.keyboard.press('Tab');
}

async function pickVersion(page: Page, lang: Lang, app: PresetClientId, variant: string): Promise<void> {
  const label = (TEXT[lang].apps[app].variants as Record<string, string>)[variant] ?? variant;
  // The result draws its walkthrough once it is interactive.
  await expect(page.locator('[data-walkthrough]')).toBeVisible();
  const radio = page.getByRole('radio', { name: label, exact: true });
  if ((await radio.count()) > 0) await radio.check();
  await expect(page.locator('[data-walkthrough]')).toHaveAttribute('data-variant', variant);
}

/** Every value the steps and the pictures show is the outcome's; the ID and address are filled in when typed. */
async function expectValuesOf(page: Page, outcome: Outcome, name: string, typed = true): Promise<void> {
  const walk = page.locator('[data-walkthrough]');
  // The result draws its walkthrough step by step, busy until the last step is there.
  await expect(walk).not.toHaveAttribute('aria-busy');
  for (const [what, value] of Object.entries(expected(outcome))) {
    const shown = await walk.locator(`[data-what="${what}"]`).allInnerTexts();
    expect(shown.length, `${name}: ${what} is shown`).toBeGreaterThan(0);
    for (const text of shown) expect(text, `${name}: ${what}`).toContain(value);
  }
  const ids = await walk.locator('[data-kind="user-name"]').allInnerTexts();
  expect(ids.length, `${name}: a user name field`).toBeGreaterThan(0);
  const addresses = await walk.locator('[data-kind="address"]').allInnerTexts();
  expect(addresses.length, `${name}: the test mail's address`).toBeGreaterThan(0);
  if (!typed) return;
  for (const text of ids) expect(text, `${name}: the user name is the typed ID`).toContain(ID);
  for (const text of addresses) expect(text, `${name}: the typed address`).toContain(ADDRESS);
  for (const personal of [ID, ADDRESS, encodeURIComponent(ADDRESS)]) expect(page.url(), `${name}: nothing personal in the URL`).not.toContain(personal);
}

for (const lang of LANGS) {
  for (const app of APPS) {
    // One result per situation, its versions picked in turn on it, as a customer who compares
    // them would.
    const versions = GUIDES[app].variants.map((variant) => variant.id);
    test(`${lang} ${app}, each version (${versions.join(', ')}): the result's steps and pictures hold the outcome's values and the typed ID and address`, { tag: '@exhaustive' }, async ({ page }) => {
      allowForEach(SITUATIONS.length * versions.length);
      for (const situation of SITUATIONS) {
        const answers: Answers = { ...situation, client: app };
        await open(page, setupPath(lang, 'result', answers));
        await typeIdentity(page, lang);
        for (const version of versions) {
          await pickVersion(page, lang, app, version);
          await expectValuesOf(page, recommend(answers), `${app} ${version} ${situation['virus-check']}`);
        }
      }
    });

    test(`${lang} ${app}: its own page has the recommended settings in its steps`, async ({ page }) => {
      await open(page, paths.app(lang, app));
      await expectValuesOf(page, recommendedOutcome(app), app, false);
      await expect(page).toHaveURL(new RegExp(`/${lang}/apps/${app}/$`));
    });
  }

  test(`${lang}: an app's name as a heading starts with a capital in English and keeps the brand's case in Japanese (「iPhone」)`, async ({ page }) => {
    await open(page, paths.apps(lang));
    const heading = page.locator('[data-app="ios-mail"] h2');
    await expect(heading).toBeVisible();
    const firstLetter = await heading.evaluate((h) => getComputedStyle(h, '::first-letter').textTransform);
    expect(firstLetter).toBe(lang === 'en' ? 'uppercase' : 'none');
  });

  test(`${lang}: the apps page says what the flow's presets say, and links each guide`, { tag: '@base-path' }, async ({ page }) => {
    allowForEach(APPS.length);
    await open(page, paths.apps(lang));
    for (const app of APPS) {
      const card = page.locator(`[data-app="${app}"]`);
      const preset = CLIENT_PRESETS[app];
      const outcome = recommend({ ...SITUATIONS[0], client: app });
      const facts = Object.fromEntries(await Promise.all(APP_FACTS.map(async (fact) => [fact, await card.locator(`[data-fact="${fact}"]`).getAttribute('data-value')] as const)));
      expect(facts, app).toEqual({ pop3: preset.pop3, 'pop-ssl': preset.capabilities.ssl, 'smtp-ssl': preset.capabilities.ssl, 'smtp-auth': preset.capabilities.smtpAuth, apop: preset.capabilities.apop });
      // What the page says agrees with what the result recommends for the app.
      if (facts['pop-ssl'] === 'yes') expect(outcome.receive.security, `${app}: SSL/TLS recommended`).toBe('ssl-tls');
      if (facts['smtp-auth'] !== 'no') expect(outcome.send.auth, `${app}: SMTP AUTH recommended`).toBe('smtp-auth');
      for (const fact of APP_FACTS) await expect(card.locator(`[data-fact="${fact}"] dd`)).toHaveText(TEXT[lang].apps.list.values[facts[fact] as 'yes' | 'no' | 'unsure']);
      await card.getByRole('link').click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/apps/${app}/$`));
      await page.goBack();
    }
  });

  test(`${lang}: a version in the URL opens that version; picking another keeps focus and the language switch keeps it`, { tag: '@base-path' }, async ({ page }) => {
    const [current, older] = GUIDES['ios-mail'].variants;
    await open(page, paths.app(lang, 'ios-mail', `?version=${older?.id ?? ''}`));
    await expect(page.locator('[data-walkthrough]')).toHaveAttribute('data-variant', older?.id ?? '');
    const radio = page.getByRole('radio', { name: TEXT[lang].apps['ios-mail'].variants[current.id as 'ios-18'], exact: true });
    await radio.check();
    await expect(page).toHaveURL(new RegExp(`/apps/ios-mail/$`));
    await expect(radio).toBeFocused();
    await page.getByRole('radio', { name: TEXT[lang].apps['ios-mail'].variants[older?.id as 'ios-17'], exact: true }).check();
    await expect(page).toHaveURL(new RegExp(`/apps/ios-mail/\\?version=${older?.id}$`));
    // The language link follows the address in the render after it: click it once it has.
    await expect(page.locator('header a[lang]')).toHaveAttribute('href', new RegExp(`/apps/ios-mail/\\?version=${older?.id}$`));
    await page.locator('header a[lang]').click();
    const other = lang === 'ja' ? 'en' : 'ja';
    await expect(page).toHaveURL(new RegExp(`/${other}/apps/ios-mail/\\?version=${older?.id}$`));
    await expect(page.locator('[data-walkthrough]')).toHaveAttribute('data-variant', older?.id ?? '');
  });

  test(`${lang}: the test step leads into can't send and can't receive with the settings answered`, { tag: '@base-path' }, async ({ page }) => {
    const answers: Answers = { ...SITUATIONS[0], client: 'thunderbird' };
    const outcome = recommend(answers);
    await open(page, setupPath(lang, 'result', answers));
    await page.getByRole('link', { name: TEXT[lang].apps.common.failed.send, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/cant-send/symptom/\\?symptom=unsure&port=${outcome.send.port}&security=${outcome.send.security}&smtp-auth=yes$`));
    await page.goBack();
    await page.getByRole('link', { name: TEXT[lang].apps.common.failed.receive, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/cant-receive/symptom/\\?symptom=unsure&host=pop&port=${outcome.receive.port}&security=${outcome.receive.security}`));
  });
}

/** Apple's recorded strings for a language (src/walkthrough/apple-strings.ts). */
const APPLE: Record<'ios-mail' | 'apple-mail', readonly AppleLabel[]> = { 'ios-mail': IOS_LABELS, 'apple-mail': MAC_LABELS };
const recorded = (app: keyof typeof APPLE, lang: Lang) => new Set(APPLE[app].flatMap((l) => l[lang] ?? []));
const QUOTED = { ja: /「([^」]+)」/g, en: /“([^”]+)”/g } as const;

for (const lang of LANGS)
  for (const app of ['ios-mail', 'apple-mail'] as const) {
    test(`${lang} ${app}: every label shown as the app's own and every quoted word is one of Apple's recorded strings`, async ({ page }) => {
      const known = recorded(app, lang);
      for (const variant of GUIDES[app].variants) {
        await open(page, paths.app(lang, app, variant === GUIDES[app].variants[0] ? '' : `?version=${variant.id}`));
        const walk = page.locator('[data-walkthrough]');
        await expect(walk).toHaveAttribute('data-variant', variant.id);
        // Said once, beside the version choice: which version the labels were taken from.
        const note = TEXT[lang].apps[app].labelsNote;
        expect((await walk.innerText()).split(note).length - 1, 'the note on the labels, once').toBe(1);
        // Labels the guide does not describe in this language (data-label: false, or the other language).
        const labels = await walk.locator(`figure [data-label="false"], figure [data-label="${lang === 'ja' ? 'en' : 'ja'}"]`).allInnerTexts();
        expect(labels.length, `${variant.id}: labels drawn as the app's`).toBeGreaterThan(10);
        for (const label of labels) expect(known.has(label.trim()), `${variant.id}: “${label}”`).toBe(true);
        const steps = await walk.locator('[data-step] > p').allInnerTexts();
        const words = steps.flatMap((text) => [...text.matchAll(QUOTED[lang])].map((m) => m[1] ?? ''));
        expect(words.length, `${variant.id}: quoted words`).toBeGreaterThan(5);
        for (const word of words) expect(known.has(word), `${variant.id}: “${word}”`).toBe(true);
      }
    });
  }

test.describe('the new pages: axe, 320 px, print', { tag: '@exhaustive' }, () => {
  const pages = LANGS.flatMap((lang) => [paths.apps(lang), ...APPS.map((app) => paths.app(lang, app))]);
  for (const path of pages) {
    test(`${path}: no axe violations`, async ({ page }) => {
      await open(page, path);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }

  test.describe('at 320 px', () => {
    test.use({ viewport: { width: 320, height: 568 } });
    for (const path of [...pages, setupPath('ja', 'result', { ...SITUATIONS[1], client: 'outlook' }), setupPath('en', 'result', { ...SITUATIONS[0], client: 'ios-mail' })]) {
      test(`${path}: nothing wider than the screen`, async ({ page }) => {
        await open(page, path);
        await expect(page.locator('main h1')).toBeVisible();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      });
    }
  });

  for (const path of pages) {
    test(`${path}: prints, steps and pictures included, within the page width`, async ({ page }) => {
      await open(page, path);
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: 794, height: 1123 });
      await expect(page.locator('main h1')).toBeVisible();
      if (path.split('/').length > 4) {
        await expect(page.locator('[data-walkthrough] [data-step]').first()).toBeVisible();
        await expect(page.locator('[data-walkthrough] figure').first()).toBeVisible();
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(794);
    });
  }
});

test('the support page lists every app guide, whole and at its part on an existing account', { tag: '@base-path' }, async ({ page }) => {
  allowForEach(APPS.length, 2_000);
  await open(page, paths.support('en'));
  for (const app of APPS) {
    await expect(page.locator(`main a[href$="/en/apps/${app}/"]`)).toHaveCount(1);
    await expect(page.locator(`main a[href$="/en/apps/${app}/#check"]`)).toHaveCount(1);
  }
});

test('a troubleshooting result links to where each app keeps the settings', { tag: '@base-path' }, async ({ page }) => {
  await open(page, paths.cantSend('en', 'result', '?symptom=times-out&port=587&security=starttls&antivirus=no'));
  await page.locator('main a[href$="/en/apps/thunderbird/#check"]').click();
  await expect(page).toHaveURL(/\/en\/apps\/thunderbird\/#check$/);
  await expect(page.locator('#check')).toBeInViewport();
});
