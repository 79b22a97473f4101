/**
 * "Open on your phone" (issue 14): the QR code on the result and on each app's guide is read
 * back with a QR decoder from a screenshot, and must be exactly the page's canonical address,
 * at `/` and under the sub-path, and never what is typed into the page.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { paths, type Lang } from '../src/app/paths';
import { RESULT } from '../src/flow/engine';
import type { Answers } from '../src/flow/steps';
import { expect, ready, test } from './fixtures';
import { absolute, copyOf, fill, setupPath } from './setup-helpers';

const THUNDERBIRD: Answers = { registration: 'yes', network: 'asahi', 'virus-check': 'no', antivirus: 'no', client: 'thunderbird' };
const IPHONE: Answers = { ...THUNDERBIRD, client: 'ios-mail', 'virus-check': 'yes' };
const OTHER_APP: Answers = { registration: 'unsure', network: 'au-hikari', 'virus-check': 'unsure', antivirus: 'yes', client: 'other', 'client-ssl': 'no', 'client-smtp-auth': 'yes', 'client-apop': 'yes' };

/** What a phone's camera would read from the code on screen (or on paper). */
async function decode(code: Locator): Promise<string> {
  // The code is drawn once its box comes near the screen.
  await code.scrollIntoViewIfNeeded();
  await expect(code).toHaveAttribute('data-drawn', '');
  const png = PNG.sync.read(await code.screenshot());
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!found) throw new Error('no QR code could be read');
  return found.data;
}

function section(page: Page, lang: Lang): Locator {
  return page.getByRole('region', { name: copyOf(lang).share.heading });
}

async function openPage(page: Page, path: string): Promise<Locator> {
  await page.goto(absolute(path));
  await ready(page);
  const lang = path.startsWith('/en/') ? 'en' : 'ja';
  await expect(section(page, lang)).toBeVisible();
  return section(page, lang);
}

test.describe('the result', () => {
  for (const [lang, answers] of [
    ['ja', THUNDERBIRD],
    ['en', IPHONE],
    ['ja', OTHER_APP],
    ['en', OTHER_APP],
  ] as const) {
    test(`${lang} ${answers.client}: the QR code and the written link are the canonical result URL`, async ({ page }) => {
      const path = setupPath(lang, RESULT, answers);
      const region = await openPage(page, path);
      expect(await decode(region.locator('svg'))).toBe(absolute(path));
      await expect(region.getByText(absolute(path), { exact: true })).toBeVisible();
      await expect(region.getByText(copyOf(lang).share.opensResult)).toBeVisible();
      await expect(region.getByText(copyOf(lang).share.nothingPersonalResult)).toBeVisible();
    });
  }

  test('a query in another order, a hash and an unknown key do not reach the code', async ({ page }) => {
    const canonical = setupPath('en', RESULT, THUNDERBIRD);
    const messy = `/en/setup/result/?client=thunderbird&antivirus=no&virus-check=no&network=asahi&registration=yes#settings`;
    const region = await openPage(page, messy);
    expect(await decode(region.locator('svg'))).toBe(absolute(canonical));
  });

  test('after typing an ID and an address, the code still holds only the answers', async ({ page }) => {
    const path = setupPath('ja', RESULT, IPHONE);
    const region = await openPage(page, path);
    await page.getByRole('textbox', { name: 'ASAHIネットID' }).fill('zz9q-personal');
    await page.getByRole('textbox', { name: 'メールアドレス' }).fill('private.person@example.org');
    await page.getByRole('textbox', { name: 'メールアドレス' }).press('Tab');
    await expect(page.getByText('private.person@example.org', { exact: true }).first()).toBeVisible();
    const read = await decode(region.locator('svg'));
    expect(read).toBe(absolute(path));
    expect(read).not.toMatch(/zz9q|private|personal|example\.org/);
    await expect(region).not.toContainText(/zz9q|private\.person/);
  });

  test('where the result offers the Apple profile, the text says it can be installed on the iPhone', async ({ page }) => {
    const t = copyOf('en').share;
    const iphone = await openPage(page, setupPath('en', RESULT, IPHONE));
    await expect(iphone.getByText(t.profile)).toBeVisible();
    const thunderbird = await openPage(page, setupPath('en', RESULT, THUNDERBIRD));
    await expect(thunderbird.getByText(t.profile)).toHaveCount(0);
  });
});

test.describe('an app guide', () => {
  for (const [lang, path] of [
    ['ja', paths.app('ja', 'outlook')],
    ['en', paths.app('en', 'ios-mail', '?version=ios-17')],
  ] as const) {
    test(`${path}: the QR code is the guide's URL, with its version`, async ({ page }) => {
      const region = await openPage(page, path);
      expect(await decode(region.locator('svg'))).toBe(absolute(path));
      await expect(region.getByText(copyOf(lang).share.nothingPersonalGuide)).toBeVisible();
    });
  }

  test('each version of a guide has its own code', async ({ page }) => {
    const region = await openPage(page, paths.app('en', 'ios-mail'));
    expect(await decode(region.locator('svg'))).toBe(absolute(paths.app('en', 'ios-mail')));
    await page.goto(absolute(paths.app('en', 'ios-mail', '?version=ios-17')));
    await ready(page);
    await expect(section(page, 'en')).toBeVisible();
    expect(await decode(section(page, 'en').locator('svg'))).toBe(absolute(paths.app('en', 'ios-mail', '?version=ios-17')));
  });
});

test.describe('share', { tag: '@exhaustive' }, () => {
  test('where the browser has a share sheet, Share hands it the page’s title and URL; closing it is no error', async ({ page }) => {
    await page.addInitScript(() => {
      const calls: ShareData[] = [];
      (window as unknown as { shared: ShareData[] }).shared = calls;
      Object.defineProperty(navigator, 'share', {
        value: (data: ShareData) => {
          calls.push(data);
          return calls.length === 1 ? Promise.resolve() : Promise.reject(new DOMException('closed', 'AbortError'));
        },
      });
    });
    const path = setupPath('en', RESULT, THUNDERBIRD);
    const region = await openPage(page, path);
    const share = region.getByRole('button', { name: copyOf('en').share.share });
    await share.click();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    expect(shared).toEqual([{ title: await page.title(), url: absolute(path) }]);
    await share.click();
    await expect(region.getByRole('alert')).toHaveCount(0);
  });

  test.describe('without a share sheet', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
    test('Copy link is offered and copies the canonical URL', async ({ page }) => {
      await page.addInitScript(() => {
        // Chromium has a share sheet on some systems: this page must work without one.
        delete (Navigator.prototype as { share?: unknown }).share;
      });
      const path = setupPath('ja', RESULT, THUNDERBIRD);
      const region = await openPage(page, path);
      await expect(region.getByRole('button', { name: copyOf('ja').share.share })).toHaveCount(0);
      const what = copyOf('ja').share.copyWhat;
      await region.getByRole('button', { name: fill(copyOf('ja').common.copy.button, { what }) }).click();
      await expect(page.getByRole('status')).toHaveText(fill(copyOf('ja').common.copy.copied, { what }));
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(absolute(path));
    });
  });
});

test.describe('at 320 px', { tag: '@exhaustive' }, () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of [setupPath('en', RESULT, IPHONE), paths.app('ja', 'thunderbird')]) {
    test(`${path}: the code is folded behind a button that opens it from the keyboard`, async ({ page }) => {
      const lang = path.startsWith('/en/') ? 'en' : 'ja';
      const region = await openPage(page, path);
      const toggle = region.getByRole('button', { name: copyOf(lang).share.showCode });
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(region.locator('svg')).toBeHidden();
      await expect(region.getByRole('button', { name: fill(copyOf(lang).common.copy.button, { what: copyOf(lang).share.copyWhat }) })).toBeVisible();
      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      const panel = page.locator(`[id="${await toggle.getAttribute('aria-controls')}"]`);
      await expect(panel.locator('svg')).toBeVisible();
      expect(await decode(panel.locator('svg'))).toBe(absolute(path));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
      const results = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
      await page.keyboard.press('Enter');
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(panel).toBeHidden();
    });
  }
});

test.describe('from md up', { tag: '@exhaustive' }, () => {
  test.use({ viewport: { width: 1024, height: 800 } });
  for (const path of [setupPath('ja', RESULT, IPHONE), paths.app('en', 'outlook')]) {
    test(`${path}: the code is shown, with no button to unfold it; axe finds nothing`, async ({ page }) => {
      test.slow(); // axe over a whole long page on a shared machine
      const lang = path.startsWith('/en/') ? 'en' : 'ja';
      const region = await openPage(page, path);
      await expect(region.locator('svg')).toBeVisible();
      await expect(region.getByRole('button', { name: copyOf(lang).share.showCode })).toBeHidden();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
    });
  }
});

test.describe('print', () => {
  test.use({ deviceScaleFactor: 2 });
  test('the printed sheet carries the same code beside the written address', async ({ page }) => {
    for (const [lang, answers] of [
      ['ja', IPHONE],
      ['en', OTHER_APP],
    ] as const) {
      const path = setupPath(lang, RESULT, answers);
      await openPage(page, path);
      await page.emulateMedia({ media: 'print' });
      const code = page.locator('header figure svg');
      await expect(code).toBeVisible();
      expect(await decode(code)).toBe(absolute(path));
      await expect(page.locator('header').getByText(absolute(path))).toBeVisible();
      await expect(section(page, lang)).toBeHidden();
      await page.emulateMedia({ media: 'screen' });
    }
  });
});
