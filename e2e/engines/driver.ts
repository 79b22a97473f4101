/**
 * The driver-neutral core of the engine journeys' page: open a page, find things by role and
 * name or by the text shown, click and type as a person does (the driver's own input events, so
 * clicks are user gestures), read text and boxes, and wait for states — never for fixed times.
 * Each engine implements the few primitives at the bottom (webkit.ts, firefox.ts); page.ts adds
 * what a person gets out of a page (the clipboard, the screen, files, errors).
 */
import { LIB, type Query } from './in-page';
import type { SiteServer } from './server';

export type EngineName = 'webkit' | 'firefox';

/** How long a state may take to come before a wait fails: far above any page here, so no machine is too slow. */
export const WAIT_MS = 20_000;
export const POLL_MS = 50;

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Whether the element is in view and kept its place for two frames, and nothing on the page is
 * still being drawn (aria-busy: the result's walkthrough draws its steps one by one above the
 * answers' Change links).
 */
const STILL = `(lib, q) => new Promise((done) => {
  const el = lib.find(q);
  if (!el || document.querySelector('[aria-busy="true"]')) return done(false);
  const where = () => JSON.stringify(el.getBoundingClientRect());
  const inView = () => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; };
  if (!inView()) el.scrollIntoView({ block: 'center' });
  const before = where();
  requestAnimationFrame(() => requestAnimationFrame(() => done(el.isConnected && inView() && where() === before)));
})`;

export abstract class EngineDriver<Handle = unknown> {
  abstract readonly engine: EngineName;
  /** The viewport width the journeys run at. */
  width = 1280;

  constructor(readonly server: SiteServer) {}

  // ---------------------------------------------------------------------------------------
  // What a journey uses

  /** Opens a link as a customer does (typed or pasted) and waits until the app has started. */
  async open(path: string): Promise<void> {
    await this.load(this.server.url(path));
    await this.ready();
  }

  /** Starts opening a link without waiting for the page to load (its scripts may be held). */
  async startOpening(path: string): Promise<void> {
    await this.run('(lib, url) => { window.location.href = url; }', [this.server.url(path)]);
  }

  /** Waits until the app has started on the page shown (React attached, router live). */
  async ready(): Promise<void> {
    await this.waitFor('() => document.documentElement.dataset.ready === "true"', [], 'the app to start');
  }

  /** The page's path and query, as the address bar shows them. */
  async location(): Promise<string> {
    return this.run<string>('() => location.pathname + location.search', []);
  }

  /** Waits until the address is `path` (path and query). */
  async expectLocation(path: string): Promise<void> {
    await this.waitFor('(lib, path) => location.pathname + location.search === path', [path], `the address ${path}`, async () => `the address is ${await this.location()}`);
  }

  /** Runs `source`, a function `(lib, ...args) => value` (see in-page.ts), in the page. */
  async run<T>(source: string, args: readonly unknown[]): Promise<T> {
    return this.evaluate<T>(`(${source})(${LIB}, ...${JSON.stringify(args)})`);
  }

  /** Polls `source` until it returns something truthy, and returns that. */
  async waitFor<T>(source: string, args: readonly unknown[], what: string, explain?: () => Promise<string>, timeoutMs = WAIT_MS): Promise<T> {
    const until = Date.now() + timeoutMs;
    let last: unknown = null;
    for (;;) {
      try {
        const value = await this.run<T>(source, args);
        if (value) return value;
      } catch (error) {
        // A page being replaced (a navigation) cannot run scripts for a moment.
        last = error;
      }
      if (Date.now() > until) {
        const why = explain ? await explain().catch(() => '') : last ? String(last) : '';
        throw new Error(`${this.engine}: waited ${timeoutMs / 1000} s for ${what}${why ? `; ${why}` : ''}`);
      }
      await new Promise((done) => setTimeout(done, POLL_MS));
    }
  }

  /** Waits until `query` matches a rendered element. */
  async waitForElement(query: Query, timeoutMs = WAIT_MS): Promise<void> {
    await this.waitFor('(lib, q) => lib.find(q) !== null', [query], describe(query), undefined, timeoutMs);
  }

  /** How many rendered elements match `query` now. */
  async count(query: Query): Promise<number> {
    return this.run<number>('(lib, q) => lib.all(q).length', [query]);
  }

  /** Waits until `query` matches `n` rendered elements. */
  async expectCount(query: Query, n: number): Promise<void> {
    await this.waitFor('(lib, q, n) => lib.all(q).length === n', [query, n], `${n} × ${describe(query)}`, async () => `found ${await this.count(query)}`);
  }

  /** What `read` (a function `(lib, el) => value`) gives for the element `query` matches, once there is one. */
  private async readWhenThere<T>(query: Query, read: string): Promise<T> {
    const found = await this.waitFor<{ value: T }>(`(lib, q) => { const el = lib.find(q); return el && { value: (${read})(lib, el) }; }`, [query], describe(query));
    return found.value;
  }

  /** The text of the element `query` matches (waiting for it). */
  async textOf(query: Query): Promise<string> {
    return this.readWhenThere(query, '(lib, el) => lib.text(el)');
  }

  /** The texts of every element `query` matches now. */
  async textsOf(query: Query): Promise<string[]> {
    return this.run<string[]>('(lib, q) => lib.all(q).map((el) => lib.text(el))', [query]);
  }

  /** Waits until the element `query` matches shows exactly `text`. */
  async expectText(query: Query, text: string): Promise<void> {
    await this.waitFor('(lib, q, text) => { const el = lib.find(q); return el !== null && lib.text(el) === lib.clean(text); }', [query, text], `${describe(query)} to read “${text}”`, async () => {
      const shown = await this.textsOf(query);
      return shown.length ? `it reads ${shown.map((s) => `“${s.slice(0, 200)}”`).join(', ')}` : 'there is none';
    });
  }

  /** Waits until the page's main heading reads `text`. */
  async expectHeading(text: string): Promise<void> {
    await this.expectText({ role: 'heading', level: 1 }, text);
  }

  /** Waits until the element `query` matches has focus. */
  async expectFocused(query: Query): Promise<void> {
    await this.waitFor('(lib, q) => { const el = lib.find(q); return el !== null && el === document.activeElement; }', [query], `${describe(query)} to have focus`);
  }

  /** The box of the element `query` matches, in page coordinates (so scrolling does not move it). */
  async box(query: Query): Promise<Box> {
    return this.readWhenThere(query, '(lib, el) => lib.box(el)');
  }

  /** A field's value, or whether a radio button or checkbox is checked. */
  async valueOf(query: Query): Promise<string> {
    return this.readWhenThere(query, '(lib, el) => (el.type === "radio" || el.type === "checkbox" ? String(el.checked) : el.value)');
  }

  /**
   * Clicks the element `query` matches once it is in view, has kept its place for two frames and
   * the page has finished drawing (a page still drawing above it would move it from under the pointer).
   */
  async click(query: Query): Promise<void> {
    await this.waitFor(STILL, [query], `${describe(query)} to keep still`);
    await this.withElement(query, (element) => this.clickElement(element));
  }

  /** Types `text` into the field `query` matches, after emptying it; then leaves the field (Tab), as a person does. */
  async type(query: Query, text: string): Promise<void> {
    await this.withElement(query, (element) => this.typeInto(element, text));
  }

  /** Chooses the option whose value is `value` in the list box `query` matches. */
  async select(query: Query, value: string): Promise<void> {
    await this.withElement(query, (element) => this.selectIn(element, value));
  }

  protected async withElement(query: Query, act: (element: Handle) => Promise<void>): Promise<void> {
    const until = Date.now() + WAIT_MS;
    for (;;) {
      let element: Handle | null = null;
      try {
        element = await this.element(query);
        if (element) {
          await act(element);
          return;
        }
      } catch (error) {
        // Replaced while we reached for it (the app redrew it): find it again.
        if (Date.now() > until) throw error;
      }
      if (Date.now() > until) throw new Error(`${this.engine}: waited ${WAIT_MS / 1000} s for ${describe(query)}`);
      await new Promise((done) => setTimeout(done, POLL_MS));
    }
  }

  // ---------------------------------------------------------------------------------------
  // What each engine implements

  /** Loads `url` as a full navigation and waits for its load event. */
  abstract load(url: string): Promise<void>;
  abstract back(): Promise<void>;
  /** Evaluates a JavaScript expression in the page and returns its (JSON) value. */
  protected abstract evaluate<T>(expression: string): Promise<T>;
  /** The element `query` matches, as the driver's handle, or null. */
  protected abstract element(query: Query): Promise<Handle | null>;
  protected abstract clickElement(element: Handle): Promise<void>;
  protected abstract typeInto(element: Handle, text: string): Promise<void>;
  protected abstract selectIn(element: Handle, value: string): Promise<void>;
  /**
   * Presses Ctrl and `key` (the engine's own copy and paste) in the element: to copy, with all of
   * its text selected; to paste, clicked first unless it has the focus.
   */
  protected abstract shortcut(element: Handle, key: 'c' | 'v'): Promise<void>;
  /** Sets the viewport (the page's layout width) to `width` × `height` CSS pixels. */
  abstract setViewport(width: number, height: number): Promise<void>;
  /** A PNG of what is on screen. */
  protected abstract capture(): Promise<Buffer>;
  /** What the server's watcher recorded in the page (watch.ts), emptied; [] where the driver reports errors itself. */
  protected abstract takeWatched(): Promise<string[]>;
  /** What the driver reported (console, uncaught errors), emptied; [] where it reports nothing. */
  protected abstract takeReported(): Promise<string[]>;
  /** The folder the browser saves downloads to, where the engine lets a test see it; else null. */
  protected abstract downloadFolder(): string | null;
  abstract close(): Promise<void>;
}

export function describe(query: Query): string {
  const parts = [
    query.role && `${query.role}${query.level ? ` (h${query.level})` : ''}`,
    query.name !== undefined && `named “${query.name}”`,
    query.text !== undefined && `showing “${query.text}”`,
    query.css && `matching ${query.css}`,
    query.nth !== undefined && `#${query.nth}`,
  ].filter(Boolean);
  return `${parts.join(' ')}${query.within ? ` in ${describe(query.within)}` : ''}`;
}
