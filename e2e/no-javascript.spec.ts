/**
 * With JavaScript off, every prerendered page still says what it is: its own h1 and a
 * <title> in its language. A question page shows its question (options and Continue) and
 * says that the guide needs JavaScript to go on, with a link to the server table
 * (docs/decisions/0004-support-links-paint-from-the-html.md).
 */
import { test, expect } from '@playwright/test';
import { LANGS, paths, type Lang } from '../src/app/paths';
import { NOT_FOUND_FILE, pageRoutes } from '../src/app/route-list';
import { RESULT } from '../src/flow/engine';
import enCommon from '../src/i18n/en/common';
import enFlow from '../src/i18n/en/flow';
import enNotFound from '../src/i18n/en/not-found';
import jaCommon from '../src/i18n/ja/common';
import jaFlow from '../src/i18n/ja/flow';
import jaNotFound from '../src/i18n/ja/not-found';
import { at } from './fixtures';

const TEXT = { ja: { common: jaCommon, flow: jaFlow }, en: { common: enCommon, flow: enFlow } } as const;
const FLOWS = ['setup', 'cant-send', 'cant-receive'];

test.use({ javaScriptEnabled: false });

for (const lang of LANGS) {
  test(`every prerendered ${lang} page has its own h1 and a title in ${lang}, without JavaScript`, async ({ page }) => {
    const { common, flow } = TEXT[lang as Lang];
    const questions = new Map<string, string>();
    const routes = pageRoutes().filter((route) => route.startsWith(`/${lang}/`));
    expect(routes.length).toBeGreaterThan(25);
    for (const route of routes) {
      await page.goto(at(route));
      await expect.soft(page.locator('html'), route).toHaveAttribute('lang', lang);
      const h1 = page.locator('main h1');
      await expect.soft(h1, `${route}: one h1`).toHaveCount(1);
      const heading = (await h1.first().textContent())?.trim() ?? '';
      expect.soft(heading, `${route}: an h1 with text`).not.toBe('');
      expect.soft(await page.title(), `${route}: the title names the page in ${lang}`).toBe(`${heading} – ${common.titleSuffix}`);

      const [, , section = '', step = ''] = route.split('/');
      if (!FLOWS.includes(section)) continue;
      // Every page of a flow says that going on needs JavaScript, and links to the server table.
      const note = page.locator('main p', { hasText: common.noscript });
      await expect.soft(note, `${route}: the no-JavaScript note`).toBeVisible();
      await expect.soft(note.getByRole('link', { name: flow.noscriptReference }), route).toHaveAttribute('href', new RegExp(`${paths.reference(lang)}$`));
      if (step === RESULT) continue;
      // A question page is its question: options to choose from and Continue.
      expect.soft(await page.getByRole('radio').count(), `${route}: options`).toBeGreaterThanOrEqual(2);
      await expect.soft(page.getByRole('button', { name: flow.continue }), route).toBeVisible();
      // Each step of a flow is its own question (the flow's folder opens its first one; two
      // flows may ask the same question).
      if (step === '') continue;
      expect.soft(questions.get(`${section} ${heading}`), `${route} asks a question of its own`).toBeUndefined();
      questions.set(`${section} ${heading}`, route);
    }
  });
}

test('the language picker goes to Japanese, and the 404 page is titled in both languages, without JavaScript', async ({ page }) => {
  await page.goto(at(paths.languagePicker()));
  await expect(page).toHaveURL(new RegExp(`${paths.home('ja')}$`));
  await expect(page.locator('main h1')).toHaveCount(1);

  await page.goto(at(NOT_FOUND_FILE));
  await expect(page).toHaveTitle(`${jaNotFound.title} / ${enNotFound.title}`);
  for (const [lang, text] of [['ja', jaNotFound], ['en', enNotFound]] as const) {
    await expect(page.locator(`section[lang="${lang}"] h1`)).toHaveText(text.title);
  }
});
