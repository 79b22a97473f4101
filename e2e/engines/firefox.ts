/**
 * Firefox: Debian's firefox-esr, headless, driven by puppeteer-core over WebDriver BiDi (no
 * geckodriver: its npm package downloads a binary, which cannot be fetched here). One browser
 * per test file.
 *
 * What the automation lets a test see: console messages and uncaught errors (BiDi's log
 * events: puppeteer's `console` and `pageerror`), downloads (BiDi's download behaviour saves
 * them in a folder of this run, where the test reads the file), and the clipboard through the
 * browser's own paste (Ctrl+V into a field).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import type { Query } from './in-page';
import { LIB } from './in-page';
import { EnginePage } from './page';
import type { SiteServer } from './server';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export class FirefoxPage extends EnginePage<ElementHandle<Element>> {
  readonly engine = 'firefox';
  private readonly reported: string[] = [];

  private constructor(
    server: SiteServer,
    private readonly browser: Browser,
    private readonly page: Page,
    private readonly downloads: string,
  ) {
    super(server);
    page.on('console', (message) => {
      // An Error object logged as it is reads "JSHandle@error": BiDi's log gives no message for it.
      if (message.type() === 'error') this.reported.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => this.reported.push(`uncaught error: ${error instanceof Error ? error.message : String(error)}`));
  }

  static async launch(server: SiteServer): Promise<FirefoxPage> {
    const downloads = mkdtempSync(join(tmpdir(), 'engines-firefox-downloads-'));
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      extraPrefsFirefox: {
        // Nothing but the test server: no updates, telemetry, or remote settings.
        'app.update.enabled': false,
        'browser.safebrowsing.downloads.enabled': false,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        // A download opens no panel: it would take the focus from the page, whose fields then
        // fire no blur when left (which is when the result takes what was typed).
        'browser.download.alwaysOpenPanel': false,
        'browser.download.panel.shown': true,
      },
    });
    try {
      const context = await browser.createBrowserContext({ downloadBehavior: { policy: 'allow', downloadPath: downloads } });
      const page = await context.newPage();
      return new FirefoxPage(server, browser, page, downloads);
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  async load(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load' });
  }

  async back(): Promise<void> {
    await this.page.goBack();
  }

  protected async evaluate<T>(expression: string): Promise<T> {
    return (await this.page.evaluate(expression)) as T;
  }

  protected async element(query: Query): Promise<ElementHandle<Element> | null> {
    const handle = await this.page.evaluateHandle(`(${LIB}).find(${JSON.stringify(query)})`);
    const element = handle.asElement() as ElementHandle<Element> | null;
    if (!element) await handle.dispose();
    return element;
  }

  protected async clickElement(element: ElementHandle<Element>): Promise<void> {
    await element.click();
  }

  protected async typeInto(element: ElementHandle<Element>, text: string): Promise<void> {
    await element.click({ count: 3 });
    await this.page.keyboard.press('Backspace');
    await element.type(text);
    await this.page.keyboard.press('Tab');
  }

  protected async selectIn(element: ElementHandle<Element>, value: string): Promise<void> {
    await (element as ElementHandle<HTMLSelectElement>).select(value);
  }

  protected async shortcut(element: ElementHandle<Element>, key: 'c' | 'v'): Promise<void> {
    if (key === 'c') await element.evaluate((box) => (box as HTMLTextAreaElement).select());
    else if (!(await element.evaluate((el) => el === document.activeElement))) await element.click();
    await this.page.keyboard.down('Control');
    await this.page.keyboard.press(key);
    await this.page.keyboard.up('Control');
  }

  async setViewport(width: number, height: number): Promise<void> {
    this.width = width;
    await this.page.setViewport({ width, height });
  }

  protected async capture(): Promise<Buffer> {
    return Buffer.from(await this.page.screenshot({ type: 'png' }));
  }

  protected async takeWatched(): Promise<string[]> {
    return [];
  }

  protected async takeReported(): Promise<string[]> {
    return this.reported.splice(0);
  }

  protected downloadFolder(): string {
    return this.downloads;
  }

  async close(): Promise<void> {
    try {
      await this.browser.close();
    } finally {
      rmSync(this.downloads, { recursive: true, force: true });
    }
  }
}
