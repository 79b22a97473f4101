/**
 * A page that cannot be shown never ends on React Router's developer screen: a new build
 * published mid-session, a dropped network before a page whose code is not loaded yet, and
 * a file that answers 500. In both languages, at whichever base path the suite runs; the
 * customer always ends on a page with a heading in their language and their answers kept.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Lang } from '../src/app/paths';
import { answersForCode } from '../src/flow/recommend';
import { toQuery } from '../src/flow/resolve';
import { SETUP_FLOW } from '../src/flow/steps';
import enErrors from '../src/i18n/en/errors';
import enHome from '../src/i18n/en/home';
import enResult from '../src/i18n/en/result';
import enSheet from '../src/i18n/en/sheet';
import enSteps from '../src/i18n/en/steps';
import enSupport from '../src/i18n/en/support';
import enTroubleshoot from '../src/i18n/en/troubleshoot';
import jaErrors from '../src/i18n/ja/errors';
import jaHome from '../src/i18n/ja/home';
import jaResult from '../src/i18n/ja/result';
import jaSheet from '../src/i18n/ja/sheet';
import jaSteps from '../src/i18n/ja/steps';
import jaSupport from '../src/i18n/ja/support';
import jaTroubleshoot from '../src/i18n/ja/troubleshoot';
import { at, expect, ready, test } from './fixtures';
import { retriesFailedImports } from './module-retry';
import { ServedCopy } from './served-copy';

const TEXT = {
  ja: { errors: jaErrors, home: jaHome, result: jaResult, sheet: jaSheet, steps: jaSteps, support: jaSupport, troubleshoot: jaTroubleshoot },
  en: { errors: enErrors, home: enHome, result: enResult, sheet: enSheet, steps: enSteps, support: enSupport, troubleshoot: enTroubleshoot },
} as const;

const CODE = 'SMA';
const resultPath = (lang: Lang) => `${lang}/setup/result/${toQuery(SETUP_FLOW, answersForCode(CODE))}`;

// The failed downloads are expected here, and the app reports each one to the console.
test.use({ allowConsoleErrors: [/Failed to load resource|dynamically imported module|ERR_INTERNET_DISCONNECTED/] });

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Opens the result for a settings code from the support page: an in-app navigation into the setup flow's code. */
async function openCodeFromSupport(page: Page, lang: Lang) {
  await page.getByLabel(TEXT[lang].support.lookupLabel, { exact: true }).fill(CODE);
  await page.getByRole('button', { name: TEXT[lang].support.lookupButton }).click();
}

for (const lang of ['ja', 'en'] as const) {
  const text = TEXT[lang];

  test.describe(`${lang}: failures end on a usable page`, () => {
    test('a new build published mid-session: the page asked for loads afresh from the new build, answers kept', async ({ page, baseURL }) => {
      const copy = new ServedCopy();
      try {
        await copy.serve(page, new URL(baseURL as string).origin);
        await page.goto(at(`/${lang}/support/`));
        await ready(page);
        const renamed = copy.redeploy();
        const newFiles: string[] = [];
        page.on('response', (response) => {
          const name = new URL(response.url()).pathname.split('/').pop() ?? '';
          if (renamed.includes(name) && response.ok()) newFiles.push(name);
        });
        await openCodeFromSupport(page, lang);
        await expect(heading(page)).toHaveText(text.result.title);
        await expect(page.getByText(text.result.code.replace('{{code}}', CODE), { exact: true })).toBeVisible();
        expect(page.url()).toBe(new URL(resultPath(lang), baseURL).href);
        // A full page load of that URL, running the new build's files (the heading and the code
        // are on screen from the result's HTML before they have even been asked for).
        expect(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).name)).toBe(page.url());
        await ready(page);
        await expect.poll(() => newFiles.length).toBeGreaterThan(0);
      } finally {
        copy.remove();
      }
    });

    test('offline before a page whose code is not loaded: a message, then "Try again" opens it', async ({ page, context }) => {
      await page.goto(at(`/${lang}/`));
      await ready(page);
      await context.setOffline(true);
      await page.getByRole('navigation').getByRole('link', { name: new RegExp(`^${lang === 'ja' ? '設定を始める' : 'Set up mail'}$`) }).click();
      await expect(heading(page)).toHaveText(text.errors.offline.title);
      await expect(heading(page)).toBeFocused();
      await expect(page).toHaveTitle(`${text.errors.offline.title} – ${text.errors.titleSuffix}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      // Still offline: trying again says the same, calmly. The page logs the retry's failure
      // (RouteError): until then the heading on screen is the one from before the retry, and
      // going online while the retry is still under way would let it open the page itself.
      const retried = page.waitForEvent('console', (message) => message.type() === 'error' && /dynamically imported module/.test(message.text()));
      await page.getByRole('button', { name: text.errors.offline.retry }).click();
      await retried;
      await expect(heading(page)).toHaveText(text.errors.offline.title);
      await context.setOffline(false);
      await page.getByRole('button', { name: text.errors.offline.retry }).click();
      await expect(heading(page)).toHaveText(text.steps.registration.title);
      expect(page.url()).toContain(`/${lang}/setup/registration/`);
    });

    test('offline on the way from the result: "Try again" keeps the place, and the typed ID is still there', async ({ page, context }) => {
      await page.goto(at(resultPath(lang)));
      await ready(page);
      const idField = page.getByLabel(text.sheet.identity.id.label, { exact: true });
      await idField.fill('ab4t-ash');
      await idField.blur();
      await context.setOffline(true);
      await page.getByRole('link', { name: text.home.troubleLinks['cant-send'] }).click();
      await expect(heading(page)).toHaveText(text.errors.offline.title);
      await context.setOffline(false);
      await page.getByRole('button', { name: text.errors.offline.retry }).click();
      await expect(heading(page)).toHaveText(text.troubleshoot.flows['cant-send'].steps.symptom.title);
      await page.goBack();
      await expect(heading(page)).toHaveText(text.result.title);
      expect(page.url()).toContain(resultPath(lang).split('?')[1] as string);
      // Where the browser keeps the failed download, "Try again" loaded the page afresh: the
      // answers are in the URL, but what was typed was in memory only (e2e/module-retry.ts).
      if (await retriesFailedImports(page)) await expect(idField).toHaveValue('ab4t-ash');
      else await expect(idField).toHaveValue('');
    });

    test('a file that answers 500: reloaded once, then a calm page whose "Show this page again" works once it is fixed', async ({ page }) => {
      const broken = /\/assets\/setup-[^/]+\.js$/;
      await page.context().route(broken, (route) => route.fulfill({ status: 500, body: 'Internal Server Error' }));
      await page.goto(at(`/${lang}/support/`));
      await ready(page);
      await openCodeFromSupport(page, lang);
      await expect(heading(page)).toHaveText(text.errors.failed.title, { timeout: 15_000 });
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page).toHaveTitle(`${text.errors.failed.title} – ${text.errors.titleSuffix}`);
      await expect(page.getByText(/TypeError|at \w+ \(|Unexpected Application Error/)).toHaveCount(0);
      expect(page.url()).toContain(resultPath(lang).split('?')[1] as string);
      await page.context().unroute(broken);
      await page.getByRole('button', { name: text.errors.failed.retry }).click();
      await expect(heading(page)).toHaveText(text.result.title);
    });

    test('the language\'s text cannot be downloaded when the page opens: the page stays readable, under a notice', async ({ page }) => {
      await page.context().route(/\/assets\/core-[^/]+\.js$/, (route) => route.fulfill({ status: 500, body: '' }));
      await page.goto(at(`/${lang}/reference/`));
      // Reloaded once in case a new build was published; then the prerendered page stays.
      await expect(page.getByRole('heading', { level: 2, name: text.errors.failed.title })).toBeVisible({ timeout: 15_000 });
      await expect(heading(page)).toHaveCount(1);
      await expect(page.locator('main')).toContainText('pop.asahi-net.or.jp');
      await page.context().unroute(/\/assets\/core-[^/]+\.js$/);
      await page.getByRole('button', { name: text.errors.failed.retry }).click();
      await ready(page);
      await expect(page.getByRole('heading', { level: 2, name: text.errors.failed.title })).toHaveCount(0);
    });
  });
}

// The error pages pass axe and fit a 320 px screen, in both languages. Screenshots go to
// test-results/ for a person to look at (they are not compared).
test.describe('error pages at 320 px @exhaustive', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const lang of ['ja', 'en'] as const) {
    const text = TEXT[lang];
    for (const kind of ['offline', 'failed'] as const) {
      test(`${lang}: the ${kind} page is accessible and fits`, async ({ page, context }, testInfo) => {
        await page.goto(at(`/${lang}/support/`));
        await ready(page);
        if (kind === 'offline') await context.setOffline(true);
        // A file that answers 500 twice: once before the reload, once after it.
        else await context.route(/\/assets\/setup-[^/]+\.js$/, (route) => route.fulfill({ status: 500, body: '' }));
        await openCodeFromSupport(page, lang);
        await expect(heading(page)).toHaveText(text.errors[kind].title, { timeout: 15_000 });
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(results.violations).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
        await page.screenshot({ path: testInfo.outputPath(`${lang}-${kind}-320.png`), fullPage: true });
      });
    }
  }
});
