/**
 * The error lookup in the browser, in both languages: a message of each app with sourced
 * messages is pasted and leads to its cause and fix; what was typed (here with an e-mail
 * address in it) is in neither the URL nor storage; a support link opens a message by id;
 * nothing found offers the questions; axe and 320 px on the page.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { LANGS, paths, type Lang } from '../src/app/paths';
import enCommon from '../src/i18n/en/common';
import enLookup from '../src/i18n/en/error-lookup';
import enResult from '../src/i18n/en/result';
import enSupport from '../src/i18n/en/support';
import enTs from '../src/i18n/en/troubleshoot';
import jaCommon from '../src/i18n/ja/common';
import jaLookup from '../src/i18n/ja/error-lookup';
import jaResult from '../src/i18n/ja/result';
import jaSupport from '../src/i18n/ja/support';
import jaTs from '../src/i18n/ja/troubleshoot';
import { TITLES, messageById } from '../src/troubleshoot/messages';
import { at, expect, ready, test } from './fixtures';
import { retriesFailedImports } from './module-retry';

const TEXT = {
  ja: { lookup: jaLookup, ts: jaTs, common: jaCommon, result: jaResult, support: jaSupport },
  en: { lookup: enLookup, ts: enTs, common: enCommon, result: enResult, support: enSupport },
} as const;

const ADDRESS = 'taro.private@example.com';

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{?(\w+)\}?\}/g, (_, name: string) => values[name] ?? '');
}

function text(id: string, lang: Lang): string {
  const t = messageById(id)?.texts[lang]?.text;
  if (!t) throw new Error(`no ${lang} text for ${id}`);
  return fill(t, { server: 'mail.asahi-net.or.jp', account: ADDRESS, user: ADDRESS, address: ADDRESS, port: '587', response: '550 relaying denied' });
}

interface Case {
  readonly app: 'outlook' | 'thunderbird' | 'android' | 'ios-mail' | 'apple-mail';
  readonly typed: (lang: Lang) => string;
  readonly message: string;
  readonly cause: 'starttls' | 'out-auth-off' | 'user-is-address';
}

const CASES: readonly Case[] = [
  // An Outlook code in the task line, as Outlook shows it, with the account (an address) around it.
  { app: 'outlook', typed: () => `Task '${ADDRESS} - Sending' reported error (0x800CCC79)`, message: 'ol-0x800ccc79', cause: 'out-auth-off' },
  { app: 'thunderbird', typed: (lang) => text('tb-smtp-starttls-failed', lang), message: 'tb-smtp-starttls-failed', cause: 'starttls' },
  { app: 'android', typed: (lang) => `${ADDRESS}\n${text('aosp-auth', lang)}`, message: 'aosp-auth', cause: 'user-is-address' },
  // Apple's alert as it shows: its title, then the message.
  { app: 'ios-mail', typed: (lang) => `${title('ios-title-send', lang)}\n${text('ios-relaying', lang)}`, message: 'ios-relaying', cause: 'out-auth-off' },
  { app: 'apple-mail', typed: (lang) => `${title('mac-title-receive', lang)} ${text('mac-login-failed', lang)}`, message: 'mac-login-failed', cause: 'user-is-address' },
];

function title(id: string, lang: Lang): string {
  const t = TITLES.find((x) => x.id === id)?.texts[lang]?.text;
  if (!t) throw new Error(`no ${lang} title ${id}`);
  return t;
}

async function lookUp(page: Page, lang: Lang, app: string, typed: string) {
  const t = TEXT[lang];
  await page.goto(at(paths.errorLookup(lang)));
  await ready(page);
  await page.getByLabel(t.lookup.appLabel).selectOption(app);
  await page.getByLabel(t.lookup.messageLabel).fill(typed);
  await page.getByRole('button', { name: t.lookup.submit }).click();
}

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const lang of LANGS) {
  const t = TEXT[lang];
  test.describe(`error lookup (${lang})`, () => {
    for (const c of CASES) {
      test(`a message of ${c.app} leads to its cause and fix, and stays out of the URL and storage`, async ({ page }) => {
        const typed = c.typed(lang);
        await lookUp(page, lang, c.app, typed);
        await expect(page.getByRole('heading', { name: t.lookup.resultHeading })).toBeFocused();
        await expect(page.getByRole('heading', { name: t.ts.causes[c.cause].title }).first()).toBeVisible();
        await expect(page).toHaveURL(new RegExp(`/${lang}/error/\\?app=${c.app}&message=${c.message}$`));
        expect(page.url()).not.toContain('taro');
        const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
        expect(stored).not.toContain('taro');
        expect(stored).not.toContain(typed.slice(0, 20));
      });
    }

    test('the fix has the values to copy, and the flow link carries the symptom', async ({ page }) => {
      await lookUp(page, lang, 'thunderbird', text('tb-smtp-starttls-failed', lang));
      const port = fill(t.common.copy.button, { what: fill(t.ts.result.copyWhat.port, { value: '465' }) });
      await expect(page.getByRole('button', { name: port, exact: true }).first()).toBeVisible();
      await page.getByRole('link', { name: t.lookup.flowLink['cant-send'] }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/cant-send/port/\\?symptom=secure-connection$`));
      // The lookup had only the cards' part of the troubleshooting text (from its HTML): the
      // flow's question needs the rest, which comes with the navigation.
      await expect(page.getByRole('heading', { level: 1, name: t.ts.flows['cant-send'].steps.port.title })).toBeVisible();
    });

    test('a support link opens a message by its id, with the causes text its HTML carries', { tag: '@base-path' }, async ({ page }) => {
      // The rest of the troubleshooting text (the flows' and the checker's) is not downloaded.
      const scripts: Promise<string>[] = [];
      page.on('response', (response) => {
        if (new URL(response.url()).pathname.endsWith('.js')) scripts.push(response.text().catch(() => ''));
      });
      await page.goto(at(paths.errorLookup(lang, '?app=outlook&message=ol-0x800ccc0e')));
      await ready(page);
      await expect(page.getByText(fill(t.lookup.matchedCode, { code: '0x800CCC0E' }))).toBeVisible();
      await expect(page.getByRole('heading', { name: t.ts.causes['port-not-offered'].title }).first()).toBeVisible();
      const port = fill(t.common.copy.button, { what: fill(t.ts.result.copyWhat.port, { value: '587' }) });
      await expect(page.getByRole('button', { name: port, exact: true }).first()).toBeVisible();
      expect((await Promise.all(scripts)).filter((code) => code.includes(t.ts.check.intro))).toEqual([]);
    });

    test('the support page lists the known messages per app on request, each opening its causes', { tag: '@base-path' }, async ({ page }) => {
      await page.goto(at(paths.support(lang)));
      await ready(page);
      await expect(page.getByRole('heading', { name: t.lookup.supportHeading })).toHaveCount(0);
      await page.getByRole('button', { name: t.support.showMessages }).click();
      await expect(page.getByRole('heading', { name: t.lookup.supportHeading })).toBeVisible();
      // Each message's own page: the link support staff send, with the message in its HTML.
      const link = page.locator(`a[href$="/${lang}/error/ol-0x800ccc0e/"]`);
      await expect(link).toHaveCount(1);
      await link.click();
      await expect(page.getByText(fill(t.lookup.matchedCode, { code: '0x800CCC0E' }))).toBeVisible();
      await expect(page.getByLabel(t.lookup.appLabel).locator('option:checked')).toHaveText(t.result.appNames.outlook);
    });

    test('the lookup still works when the connection has gone after the page was shown', async ({ page, context }) => {
      // The matcher and the tables come after the page is interactive (e2e/budget.spec.ts).
      const search = page.waitForResponse((response) => /\/search-[^/]+\.js$/.test(new URL(response.url()).pathname));
      await page.goto(at(paths.errorLookup(lang)));
      await ready(page);
      await search;
      await context.setOffline(true);
      await page.getByLabel(t.lookup.appLabel).selectOption('thunderbird');
      await page.getByLabel(t.lookup.messageLabel).fill(text('tb-smtp-starttls-failed', lang));
      await page.getByRole('button', { name: t.lookup.submit }).click();
      await expect(page.getByRole('heading', { name: t.ts.causes.starttls.title }).first()).toBeVisible();
      await context.setOffline(false);
    });

    test.describe('when the list of messages cannot be downloaded', { tag: '@base-path' }, () => {
      test.use({ allowConsoleErrors: [/Failed to load resource|dynamically imported module|ERR_INTERNET_DISCONNECTED|Failed to fetch/i] });
      test('says so, keeps what was typed, and finds it once the connection is back', async ({ page, context }) => {
        const chunk = (url: URL) => /\/search-[^/]+\.js$/.test(url.pathname);
        await page.route(chunk, (route) => route.abort('internetdisconnected'));
        await page.goto(at(paths.errorLookup(lang)));
        await ready(page);
        await context.setOffline(true);
        await page.getByLabel(t.lookup.appLabel).selectOption('thunderbird');
        const typed = text('tb-smtp-starttls-failed', lang);
        await page.getByLabel(t.lookup.messageLabel).fill(typed);
        await page.getByRole('button', { name: t.lookup.submit }).click();
        await expect(page.getByRole('alert')).toHaveText(t.lookup.searchFailed.offline);
        await expect(page.getByLabel(t.lookup.messageLabel)).toHaveValue(typed);

        await context.setOffline(false);
        await page.unroute(chunk);
        if (!(await retriesFailedImports(page))) {
          // The browser keeps the failed download (e2e/module-retry.ts): the next search loads
          // the page afresh, whose lookup then works; what was typed was in memory only.
          // Waited for from before the click: the page may have loaded before the click returns.
          const reloaded = page.waitForEvent('load');
          await page.getByRole('button', { name: t.lookup.submit }).click();
          await reloaded;
          await ready(page);
          await page.getByLabel(t.lookup.appLabel).selectOption('thunderbird');
          await page.getByLabel(t.lookup.messageLabel).fill(typed);
        }
        await page.getByRole('button', { name: t.lookup.submit }).click();
        await expect(page.getByRole('heading', { name: t.lookup.resultHeading })).toBeFocused();
        await expect(page.getByRole('alert')).toHaveCount(0);
      });
    });

    test('an alert title alone shows its likeliest message and lists the others it heads, in order', async ({ page }) => {
      const fetch = TITLES.find((x) => x.id === 'ios-title-fetch');
      if (!fetch) throw new Error('no ios-title-fetch');
      await lookUp(page, lang, 'ios-mail', title('ios-title-fetch', lang));
      await expect(page.getByRole('heading', { name: t.lookup.resultHeading })).toBeFocused();
      await expect(page).toHaveURL(new RegExp(`/${lang}/error/\\?app=ios-mail&message=${fetch.heads[0]}$`));
      await expect(page.getByRole('heading', { name: t.ts.causes['user-is-address'].title }).first()).toBeVisible();
      const others = page.locator('section[aria-labelledby="others"]');
      await expect(others.getByText(fill(t.lookup.titleCandidatesIntro, { title: title('ios-title-fetch', lang) }))).toBeVisible();
      const listed = others.getByRole('link');
      await expect(listed).toHaveCount(fetch.heads.length - 1);
      const second = messageById(fetch.heads[1])?.texts[lang]?.text ?? '';
      await expect(listed.first()).toHaveText(second);
    });

    test('nothing found says so and offers the questions', async ({ page }) => {
      await lookUp(page, lang, 'unsure', lang === 'ja' ? '今日は天気がいいですね' : 'hello, how are you today?');
      await expect(page.getByRole('heading', { name: t.lookup.notFound.heading })).toBeVisible();
      await expect(page.getByRole('link', { name: t.lookup.questions['cant-send'] })).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`/${lang}/error/$`));
    });

    test('an app without sourced messages says so honestly', async ({ page }) => {
      await page.goto(at(paths.errorLookup(lang, '?app=becky')));
      await ready(page);
      await expect(page.getByRole('heading', { name: t.lookup.noMessages.heading })).toBeVisible();
      await expect(page.getByRole('link', { name: t.lookup.questions['cant-receive'] })).toBeVisible();
    });

    test('the page has no axe violations and does not scroll sideways at 320 px', { tag: '@exhaustive' }, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(at(paths.errorLookup(lang)));
      await ready(page);
      expect(await axe(page)).toEqual([]);
      await lookUp(page, lang, 'thunderbird', text('tb-smtp-timeout', lang));
      await expect(page.getByRole('heading', { name: t.lookup.resultHeading })).toBeVisible();
      expect(await axe(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });

    test("a message's own page has no axe violations and does not scroll sideways at 320 px", { tag: '@exhaustive' }, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(at(paths.errorMessage(lang, 'ol-0x800ccc0e')));
      await ready(page);
      await expect(page.getByRole('heading', { name: t.lookup.resultHeading })).toBeVisible();
      expect(await axe(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}
