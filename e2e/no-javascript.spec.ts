/**
 * With JavaScript off, every prerendered page still says what it is: its own h1 and a
 * <title> in its language. A question page shows its question (options and Continue) and
 * says that the guide needs JavaScript to go on, with a link to the server table
 * (docs/decisions/0004-support-links-paint-from-the-html.md).
 *
 * Pages go in small groups of at most GROUP, one browser page a group, each group's time
 * limit allowing for its pages (e2e/time-per-item.ts): a test's time never grows with the
 * number of pages under a fixed limit, and the suite does not open a fresh browser context
 * for each of about 90 pages a language (most of them error messages).
 */
import { test, expect, type Page } from '@playwright/test';
import { LANGS, paths, type Lang } from '../src/app/paths';
import { NOT_FOUND_FILE, pageRoutes } from '../src/app/route-list';
import { RESULT } from '../src/flow/engine';
import enCommon from '../src/i18n/en/common';
import enFlow from '../src/i18n/en/flow';
import enNotFound from '../src/i18n/en/not-found';
import jaCommon from '../src/i18n/ja/common';
import jaFlow from '../src/i18n/ja/flow';
import jaNotFound from '../src/i18n/ja/not-found';
import { at, isMessagePage } from './fixtures';
import { allowForEach } from './time-per-item';

const TEXT = { ja: { common: jaCommon, flow: jaFlow }, en: { common: enCommon, flow: enFlow } } as const;
const FLOWS = ['setup', 'cant-send', 'cant-receive'];

test.use({ javaScriptEnabled: false });

/** The flow and step of a route (`/ja/setup/network/` → setup, network), or none. */
function flowPage(route: string): { flow: string; step: string } | undefined {
  const [, , section = '', step = ''] = route.split('/');
  return FLOWS.includes(section) ? { flow: section, step } : undefined;
}

/** How many pages one test visits. */
const GROUP = 8;

/** The h1 of a page as the browser shows it without JavaScript. */
async function headingOf(page: Page): Promise<string> {
  const h1 = page.locator('main h1');
  await expect(h1).toHaveCount(1);
  return (await h1.textContent())?.trim() ?? '';
}

for (const lang of LANGS) {
  const { common, flow } = TEXT[lang as Lang];
  const routes = pageRoutes().filter((route) => route.startsWith(`/${lang}/`));

  test.describe(`${lang} without JavaScript`, () => {
    test('the build has a page for every kind', () => {
      expect(routes.length).toBeGreaterThan(25);
    });

    // The error messages' pages (one template, about 75 a language) come last; under a sub-path
    // their links are those every page has, checked there with the other pages.
    const ordered = [...routes.filter((route) => !isMessagePage(route)), ...routes.filter(isMessagePage)];
    for (let i = 0; i < ordered.length; i += GROUP) {
      const group = ordered.slice(i, i + GROUP);
      const name = group.length === 1 ? group[0] : `${group[0]} and ${group.length - 1} more`;
      const tag = group.every(isMessagePage) ? ['@exhaustive'] : [];
      test(`${name}: each has its own h1 and a title in ${lang}`, { tag }, async ({ page }) => {
        allowForEach(group.length);
        for (const route of group) {
          await test.step(route, async () => {
            await page.goto(at(route));
            await expect(page.locator('html'), route).toHaveAttribute('lang', lang);
            const heading = await headingOf(page);
            expect(heading, `${route}: an h1 with text`).not.toBe('');
            expect(await page.title(), `${route}: the title names the page in ${lang}`).toBe(`${heading} – ${common.titleSuffix}`);

            const inFlow = flowPage(route);
            if (!inFlow) return;
            // Every page of a flow says that going on needs JavaScript, and links to the server table.
            const note = page.locator('main p', { hasText: common.noscript });
            await expect(note, `${route}: the no-JavaScript note`).toBeVisible();
            await expect(note.getByRole('link', { name: flow.noscriptReference })).toHaveAttribute('href', new RegExp(`${paths.reference(lang)}$`));
            if (inFlow.step === RESULT) return;
            // A question page is its question: options to choose from and Continue.
            expect(await page.getByRole('radio').count(), `${route}: options`).toBeGreaterThanOrEqual(2);
            await expect(page.getByRole('button', { name: flow.continue })).toBeVisible();
          });
        }
      });
    }

    // Each step of a flow is its own question (the flow's folder opens its first one; two
    // flows may ask the same question). One test a flow: a flow has a handful of steps.
    for (const name of FLOWS) {
      const steps = routes.filter((route) => {
        const inFlow = flowPage(route);
        return inFlow?.flow === name && inFlow.step !== '' && inFlow.step !== RESULT;
      });
      test(`each question of ${name} is a question of its own`, async ({ page }) => {
        allowForEach(steps.length);
        expect(steps.length).toBeGreaterThan(1);
        const asked = new Map<string, string>();
        for (const route of steps) {
          await page.goto(at(route));
          const heading = await headingOf(page);
          expect(asked.get(heading), `${route} asks what ${asked.get(heading)} asks`).toBeUndefined();
          asked.set(heading, route);
        }
      });
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
