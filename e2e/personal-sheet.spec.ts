import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { DOMParser } from '@xmldom/xmldom';
import { parse as parsePlist } from 'plist';
import { paths } from '../src/app/paths';
import { RESULT } from '../src/flow/engine';
import { recommend } from '../src/flow/recommend';
import { toQuery } from '../src/flow/resolve';
import { SETUP_FLOW, type Answers } from '../src/flow/steps';
import { at, expect, ready, test } from './fixtures';

const THUNDERBIRD: Answers = { registration: 'yes', network: 'asahi', 'virus-check': 'no', antivirus: 'no', client: 'thunderbird' };
const IPHONE: Answers = { ...THUNDERBIRD, client: 'ios-mail', 'virus-check': 'yes' };
const APOP_APP: Answers = { ...THUNDERBIRD, client: 'other', 'client-ssl': 'no', 'client-smtp-auth': 'yes', 'client-apop': 'yes' };
const resultUrl = (lang: 'ja' | 'en', answers: Answers) => at(paths.setup(lang, RESULT, toQuery(SETUP_FLOW, answers)));

test.describe('personal settings sheet', () => {
  test('a full-width upper-case ID is normalised with a note, and fills the user name', async ({ page }) => {
    await page.goto(resultUrl('ja', THUNDERBIRD));
    await ready(page);
    const id = page.getByRole('textbox', { name: 'ASAHIネットID' });
    await id.fill('ＡＢ４Ｔ－ＡＳＨ');
    await id.press('Tab');
    await expect(id).toHaveValue('ab4t-ash');
    await expect(page.getByText('全角文字を半角に変換しました。')).toBeVisible();
    await expect(page.getByText('大文字を小文字に変換しました。')).toBeVisible();
    await expect(page.getByRole('button', { name: 'ユーザー名をコピー' })).toBeVisible();
    await expect(page.getByText('ab4t-ash', { exact: true }).first()).toBeVisible();
  });

  test('an @atson.net address gets a clear error; a whole address in the ID field is recognised', async ({ page }) => {
    await page.goto(resultUrl('en', THUNDERBIRD));
    await ready(page);
    const address = page.getByRole('textbox', { name: 'Email address' });
    await address.fill('ab4t-ash@atson.net');
    await address.press('Tab');
    await expect(address).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(/cannot be used as an email address/)).toBeVisible();

    const id = page.getByRole('textbox', { name: 'ASAHI Net ID' });
    await id.fill('ab4t-ash@asahi-net.or.jp');
    await id.press('Tab');
    await page.getByRole('button', { name: /ab4t-ash/ }).click();
    await expect(id).toHaveValue('ab4t-ash');
  });

  test('what is typed never reaches the URL, storage or any request', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(`${r.url()} ${r.postData() ?? ''}`));
    await page.goto(resultUrl('ja', THUNDERBIRD));
    await ready(page);
    const before = page.url();
    await page.getByRole('textbox', { name: 'ASAHIネットID' }).fill('zz9q-personal');
    await page.getByRole('textbox', { name: 'メールアドレス' }).fill('private.person@example.org');
    await page.getByRole('textbox', { name: 'メールアドレス' }).press('Tab');
    await expect(page.getByText('private.person@example.org', { exact: true }).first()).toBeVisible();
    expect(page.url()).toBe(before);
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
    expect(stored).not.toMatch(/zz9q|private\.person/);
    expect(requests.join('\n')).not.toMatch(/zz9q|private\.person/);
  });

  test.describe('copy all', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
    test('includes the typed ID and address', async ({ page }) => {
      await page.goto(resultUrl('en', THUNDERBIRD));
      await ready(page);
      await page.getByRole('textbox', { name: 'ASAHI Net ID' }).fill('ab4t-ash');
      await page.getByRole('textbox', { name: 'Email address' }).fill('asahitaro@asahinet.jp');
      await page.getByRole('textbox', { name: 'Email address' }).press('Tab');
      await page.getByRole('button', { name: 'Copy all settings' }).click();
      const text = await page.evaluate(() => navigator.clipboard.readText());
      expect(text).toContain('User name: ab4t-ash');
      expect(text).toContain('Email address: asahitaro@asahinet.jp');
      expect(text).toContain(`[Incoming mail server] Hostname: ${recommend(THUNDERBIRD).receive.host}`);
    });
  });

  test('when the clipboard is refused, Copy all shows the sheet selected to copy by hand', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await page.goto(resultUrl('en', THUNDERBIRD));
    await ready(page);
    await page.getByRole('button', { name: 'Copy all settings' }).click();
    await expect(page.getByRole('alert')).toContainText('Could not copy');
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
    expect(selected).toContain(`[Incoming mail server] Hostname: ${recommend(THUNDERBIRD).receive.host}`);
    await expect(page.getByText(`[Incoming mail server] Hostname: ${recommend(THUNDERBIRD).receive.host}`)).toBeVisible();
  });

  test('the Thunderbird file needs the ID, then downloads the right XML without a password', async ({ page }) => {
    await page.goto(resultUrl('en', THUNDERBIRD));
    await ready(page);
    await expect(page.getByRole('button', { name: 'Download the settings file for Thunderbird' })).toHaveCount(0);
    await page.getByRole('textbox', { name: 'ASAHI Net ID' }).fill('ab4t-ash');
    await page.getByRole('textbox', { name: 'ASAHI Net ID' }).press('Tab');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the settings file for Thunderbird' }).click()]);
    expect(download.suggestedFilename()).toBe('config-v1.1.xml');
    const xml = readFileSync(await download.path(), 'utf8');
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const outcome = recommend(THUNDERBIRD);
    expect(doc.getElementsByTagName('clientConfig')[0]?.getAttribute('version')).toBe('1.1');
    const incoming = doc.getElementsByTagName('incomingServer')[0];
    expect(incoming?.getAttribute('type')).toBe('pop3');
    expect(incoming?.getElementsByTagName('hostname')[0]?.textContent).toBe(outcome.receive.host);
    expect(incoming?.getElementsByTagName('port')[0]?.textContent).toBe(String(outcome.receive.port));
    expect(incoming?.getElementsByTagName('socketType')[0]?.textContent).toBe('SSL');
    expect(incoming?.getElementsByTagName('username')[0]?.textContent).toBe('ab4t-ash');
    expect(xml.toLowerCase()).not.toContain('<password');
  });

  test('the Apple profile downloads as a property list with the outcome values and no password', async ({ page }) => {
    await page.goto(resultUrl('ja', IPHONE));
    await ready(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '構成プロファイルをダウンロード' }).click()]);
    const outcome = recommend(IPHONE);
    expect(download.suggestedFilename()).toBe(`asahi-net-mail-${outcome.code}.mobileconfig`);
    const parsed = parsePlist(readFileSync(await download.path(), 'utf8')) as Record<string, unknown>;
    expect(parsed.PayloadType).toBe('Configuration');
    const mail = (parsed.PayloadContent as Record<string, unknown>[])[0] ?? {};
    expect(mail.PayloadType).toBe('com.apple.mail.managed');
    expect(mail.EmailAccountType).toBe('EmailTypePOP');
    expect(mail.IncomingMailServerHostName).toBe(outcome.receive.host);
    expect(mail.IncomingMailServerPortNumber).toBe(outcome.receive.port);
    expect(mail.OutgoingMailServerHostName).toBe(outcome.send.host);
    expect(mail.OutgoingMailServerUseSSL).toBe(true);
    expect(JSON.stringify(parsed)).not.toMatch(/Password"\s*:\s*"/);
  });

  test('an APOP result explains why there is no Apple profile', async ({ page }) => {
    await page.goto(resultUrl('en', APOP_APP));
    await ready(page);
    await expect(page.getByRole('button', { name: 'Download the configuration profile' })).toHaveCount(0);
    await expect(page.getByText(/Settings with APOP cannot be written to a configuration profile/)).toBeVisible();
  });

  test('the print view fits on exactly one A4 page with its QR code, even with every notice', async ({ page }) => {
    const worst: Answers = { registration: 'unsure', network: 'other', 'virus-check': 'unsure', antivirus: 'unsure', client: 'new-outlook' };
    for (const lang of ['ja', 'en'] as const) {
      await page.goto(resultUrl(lang, worst));
      await ready(page);
      await page.emulateMedia({ media: 'print' });
      // With the QR code of the page in its header, drawn once the page is printed.
      await expect(page.locator('header figure svg[data-drawn]')).toBeVisible();
      // And the day it was printed, written when it is printed.
      await expect(page.locator('header').filter({ has: page.locator('figure') })).toContainText(lang === 'ja' ? '印刷した日: ' : 'Printed on: ');
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages, lang).toHaveLength(1);
      await page.emulateMedia({ media: 'screen' });
    }
  });

  test('has no axe violations with messages showing', async ({ page }) => {
    await page.goto(resultUrl('ja', THUNDERBIRD));
    await ready(page);
    await page.getByRole('textbox', { name: 'ASAHIネットID' }).fill('ＡＢ＠ｘ');
    await page.getByRole('textbox', { name: 'メールアドレス' }).fill('x@atson.net');
    await page.getByRole('textbox', { name: 'メールアドレス' }).press('Tab');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
