import AxeBuilder from '@axe-core/playwright';
import { LANGS, paths } from '../src/app/paths';
import { HOSTS, PORTS } from '../src/settings/servers';
import { at, expect, ready, test } from './fixtures';

const PAGES = LANGS.flatMap((lang) => [paths.home(lang), paths.reference(lang), paths.support(lang), paths.setup(lang, 'registration')]);

test.describe('every page, both languages', () => {
  for (const path of PAGES) {
    test(`${path} renders its heading, language and title`, async ({ page }) => {
      const lang = path.split('/')[1];
      await page.goto(at(path));
      await ready(page);
      await expect(page.locator('html')).toHaveAttribute('lang', lang as string);
      const h1 = page.getByRole('heading', { level: 1 });
      await expect(h1).toBeVisible();
      await expect(page).toHaveTitle(new RegExp((await h1.innerText()).slice(0, 10).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    });

    test(`${path} has no axe violations (WCAG 2.2 AA)`, { tag: '@exhaustive' }, async ({ page }) => {
      await page.goto(at(path));
      await ready(page);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});

test('a deep link reloads to the same page', async ({ page }) => {
  await page.goto(at(paths.reference('en')));
  await ready(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mail server settings at a glance');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the reference page is all there, prerendered', async ({ page }) => {
    await page.goto(at(paths.reference('ja')));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('メールサーバーの設定一覧');
    for (const host of Object.values(HOSTS)) await expect(page.getByText(host, { exact: true }).first()).toBeVisible();
  });

  test('a question shows its question and a link to the reference table', async ({ page }) => {
    await page.goto(at(paths.setup('en', 'registration')));
    await expect(page.getByRole('group', { name: /Extended Service settings/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'See the server settings table' })).toBeVisible();
  });

  test('/ goes to Japanese and its HTML links both languages', async ({ page, request }) => {
    const html = await (await request.get('./')).text();
    expect(html).toMatch(/<a lang="ja" hrefLang="ja" href="ja\/"[^>]*>日本語<\/a>/);
    expect(html).toMatch(/<a lang="en" hrefLang="en" href="en\/"[^>]*>English<\/a>/);
    await page.goto('./');
    await expect(page).toHaveURL(/\/ja\/$/);
  });
});

test.describe('language', () => {
  test('/ sends a Japanese browser to /ja/', async ({ page }) => {
    await page.goto('./');
    await expect(page).toHaveURL(/\/ja\/$/);
  });

  test.describe('English browser', () => {
    test.use({ locale: 'en-GB' });
    test('/ sends an English browser to /en/', async ({ page }) => {
      await page.goto('./');
      await expect(page).toHaveURL(/\/en\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Set up ASAHI Net mail in your mail app');
    });
  });

  test('the switch keeps the page and the answers', async ({ page }) => {
    await page.goto(at(paths.setup('ja', 'virus-check', '?registration=yes&network=asahi')));
    await ready(page);
    await page.getByRole('link', { name: 'English version of this page' }).click();
    await expect(page).toHaveURL(/\/en\/setup\/virus-check\/\?registration=yes&network=asahi$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Omakase Virus Check');
  });

  test('the prerendered HTML carries lang, title and hreflang alternates', async ({ request, baseURL }) => {
    const html = await (await request.get(at(paths.reference('en')))).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/<title>Mail server settings at a glance – ASAHI Net mail settings guide<\/title>/);
    const base = new URL(baseURL ?? '').pathname;
    for (const [lang, path] of [['ja', 'ja/reference/'], ['en', 'en/reference/'], ['x-default', '']]) {
      expect(html).toMatch(new RegExp(`<link rel="alternate" hreflang="${lang}" href="https?://[^"]+${base}${path}"`));
    }
    expect(html).toContain('http-equiv="Content-Security-Policy"');
  });
});

test.describe('copy buttons', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('put the exact value on the clipboard and announce it', async ({ page }) => {
    await page.goto(at(paths.reference('en')));
    await ready(page);
    await page.getByRole('button', { name: `Copy incoming server name ${HOSTS.pop}` }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(HOSTS.pop);
    await expect(page.getByRole('status')).toHaveText(`Copied incoming server name ${HOSTS.pop}`);
    await page.getByRole('button', { name: `Copy port ${PORTS.submission} of ${HOSTS.mail}` }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(String(PORTS.submission));
  });
});

test.describe('clipboard refused', () => {
  test('selects the value and says to copy it by hand', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
    });
    await page.goto(at(paths.reference('ja')));
    await ready(page);
    await page.getByRole('button', { name: `受信メールサーバー名（${HOSTS.pop}）をコピー` }).click();
    await expect(page.getByRole('alert')).toContainText('コピーできませんでした');
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(HOSTS.pop);
  });
});

test.describe('not found', () => {
  test.use({ allowConsoleErrors: [/404/] });

  for (const [path, heading] of [
    ['ja/no-such-page/', 'ページが見つかりません'],
    ['en/setup/no-such-step/', 'Page not found'],
    ['fr/', 'ページが見つかりません'],
  ] as const) {
    test(`${path} shows a real not-found page`, async ({ page }) => {
      await page.goto(path);
      await ready(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.getByRole('link', { name: /はじめのページ|start of the mail settings guide/ })).toBeVisible();
    });
  }

  test('the static 404.html says it in both languages without JavaScript', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('404.html');
    await expect(page.getByRole('heading', { name: 'ページが見つかりません' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await context.close();
  });
});
