/**
 * WebKit: Debian's WebKitGTK (webkit2gtk-driver: WebKitWebDriver and its MiniBrowser) on a
 * virtual display (xvfb-run), driven over W3C WebDriver with selenium-webdriver, the
 * WebDriver project's own client. One display, driver and browser per test file.
 *
 * What WebKitWebDriver (2.50) lets a test see, and what not:
 * - No log of any kind (no /log endpoint, no WebDriver BiDi), and MiniBrowser's switch to
 *   write console messages to stdout is silent in its private automation session: errors are
 *   read by the watcher the test server puts in each page (watch.ts).
 * - Downloads are not reported to WebDriver, but WebKit saves them by itself in the user's
 *   download folder, which is a folder of this run: the test reads the saved file there.
 * - The clipboard: MiniBrowser's own paste (Ctrl+V into a field) reads what a copy button put there.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder, Key, type WebDriver, type WebElement } from 'selenium-webdriver';
import type { Query } from './in-page';
import { LIB } from './in-page';
import { EnginePage } from './page';
import { startGroup, waitForUrl, type Started } from './processes';
import type { SiteServer } from './server';
import { WATCH_KEY } from './watch';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/**
 * MiniBrowser's toolbar keeps its window at least 447 px wide, wider than a phone. This style
 * sheet for GTK (in the run's own HOME) shrinks the toolbar's buttons and address field so the
 * page can be 390 px wide. It styles only GTK's widgets: the page is drawn by WebKit as before.
 */
const TOOLBAR_CSS = 'button, entry, image { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px; -gtk-icon-transform: scale(0.1); }\n';

export class WebKitPage extends EnginePage<WebElement> {
  readonly engine = 'webkit';

  private constructor(
    server: SiteServer,
    private readonly driver: WebDriver,
    private readonly started: Started,
    private readonly home: string,
  ) {
    super(server);
  }

  /** Starts a display, WebKitWebDriver on `port` and a MiniBrowser session; logs go to `logDir`. */
  static async launch(server: SiteServer, port: number, logDir: string): Promise<WebKitPage> {
    mkdirSync(logDir, { recursive: true });
    // A home of its own: the browser's settings, caches and downloads stay in this run's folder.
    const home = mkdtempSync(join(tmpdir(), 'engines-webkit-'));
    mkdirSync(join(home, 'Downloads'));
    // Where WebKit saves a download by itself (MiniBrowser sets no folder): the user's download folder.
    mkdirSync(join(home, '.config'));
    writeFileSync(join(home, '.config', 'user-dirs.dirs'), 'XDG_DOWNLOAD_DIR="$HOME/Downloads"\n');
    mkdirSync(join(home, '.config', 'gtk-3.0'), { recursive: true });
    writeFileSync(join(home, '.config', 'gtk-3.0', 'gtk.css'), TOOLBAR_CSS);
    const started = startGroup(
      'xvfb-run',
      ['-a', '-s', '-screen 0 1280x1024x24', WEBKIT_DRIVER, `--port=${port}`],
      join(logDir, 'webkit-driver.log'),
      { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_CACHE_HOME: join(home, '.cache') },
    );
    try {
      await waitForUrl(`http://127.0.0.1:${port}/status`, started);
      const driver = await new Builder()
        .usingServer(`http://127.0.0.1:${port}`)
        .withCapabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        })
        .build();
      return new WebKitPage(server, driver, started, home);
    } catch (error) {
      await started.stop();
      rmSync(home, { recursive: true, force: true });
      throw error;
    }
  }

  async load(url: string): Promise<void> {
    await this.driver.get(url);
  }

  async back(): Promise<void> {
    await this.driver.navigate().back();
  }

  protected async evaluate<T>(expression: string): Promise<T> {
    return (await this.driver.executeScript(`return ${expression};`)) as T;
  }

  protected async element(query: Query): Promise<WebElement | null> {
    return (await this.driver.executeScript(`return (${LIB}).find(arguments[0]);`, query)) as WebElement | null;
  }

  protected async clickElement(element: WebElement): Promise<void> {
    await element.click();
  }

  protected async typeInto(element: WebElement, text: string): Promise<void> {
    await element.clear();
    await element.sendKeys(text, Key.TAB);
  }

  protected async selectIn(element: WebElement, value: string): Promise<void> {
    // As puppeteer's and Playwright's own select do: the value set, then input and change. A
    // click on the option (WebKitWebDriver's way) leaves MiniBrowser's menu open, and that menu
    // then takes every key the test presses (copy and paste included).
    await this.driver.executeScript(
      `const [select, value] = arguments;
      select.focus();
      select.value = value;
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));`,
      element,
      value,
    );
  }

  protected async shortcut(element: WebElement, key: 'c' | 'v'): Promise<void> {
    if (key === 'c') await this.driver.executeScript('arguments[0].select();', element);
    else if (!(await this.driver.executeScript('return arguments[0] === document.activeElement;', element))) await element.click();
    await this.driver.actions().keyDown(Key.CONTROL).sendKeys(key).keyUp(Key.CONTROL).perform();
  }

  async setViewport(width: number, height: number): Promise<void> {
    this.width = width;
    const window = this.driver.manage().window();
    await window.setRect({ width, height, x: 0, y: 0 });
    // The window's frame and toolbar take room: make the page itself `width` wide.
    const inner = await this.evaluate<{ w: number; h: number }>('({ w: innerWidth, h: innerHeight })');
    if (inner.w !== width || inner.h !== height) {
      const rect = await window.getRect();
      await window.setRect({ width: rect.width + width - inner.w, height: rect.height + height - inner.h, x: 0, y: 0 });
    }
    await this.waitFor('(lib, w) => innerWidth === w', [width], `a viewport ${width} px wide`, async () => `it is ${await this.evaluate('innerWidth')} px`);
  }

  protected async capture(): Promise<Buffer> {
    return Buffer.from(await this.driver.takeScreenshot(), 'base64');
  }

  protected async takeWatched(): Promise<string[]> {
    return this.evaluate<string[]>(`(() => {
      const seen = JSON.parse(sessionStorage.getItem(${JSON.stringify(WATCH_KEY)}) || '[]').concat(window.__engineWatch || []);
      sessionStorage.removeItem(${JSON.stringify(WATCH_KEY)});
      window.__engineWatch = [];
      return seen;
    })()`);
  }

  protected async takeReported(): Promise<string[]> {
    return [];
  }

  protected downloadFolder(): string {
    return join(this.home, 'Downloads');
  }

  async close(): Promise<void> {
    try {
      await this.driver.quit();
    } finally {
      await this.started.stop();
      rmSync(this.home, { recursive: true, force: true });
    }
  }
}
