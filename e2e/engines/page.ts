/**
 * The page a journey is written against (driver.ts has its core): besides opening, finding,
 * clicking and waiting, what a person gets out of a page — what a copy put on the clipboard,
 * the screen, a downloaded file — and the errors the engine lets the test see. A journey is
 * written once against this class and runs in every engine.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PNG } from 'pngjs';
import { EngineDriver, POLL_MS, WAIT_MS } from './driver';
import type { Query } from './in-page';

export { WAIT_MS, type Box, type EngineName } from './driver';

/** A file the page handed to the browser to download, as far as the engine lets the test see it. */
export interface Download {
  /** The name the page gave it (the link's `download` attribute). */
  readonly name: string;
  /** The type of the Blob the page made. */
  readonly type: string;
  /** The content, as the page made it. */
  readonly text: string;
  /** The file the browser saved, where the engine's automation lets a test see it; else null. */
  readonly saved: string | null;
}

/** Two frames, so that what the last step changed has been painted. */
const FRAMES = '() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))';

/** The text box the test puts over the page to copy from or paste into (never inside the app's root). */
const SCRATCH_BOX: Query = { css: 'textarea#engine-scratch' };
const SCRATCH = `(lib, text) => {
  const box = document.createElement('textarea');
  box.id = 'engine-scratch';
  box.value = text;
  box.style.cssText = 'position: fixed; inset: 0 auto auto 0; width: 300px; height: 120px; z-index: 2147483647';
  document.body.append(box);
  box.focus();
  box.select();
}`;

export abstract class EnginePage<Handle = unknown> extends EngineDriver<Handle> {
  /**
   * What the clipboard holds, read by the engine's own paste (Ctrl+V) into a text box the test
   * puts over the page for the moment (outside the app's root), so line breaks are kept. A copy
   * reaches the system's clipboard a moment after the click: read again until `done` says it
   * has (or the wait is over: then the test compares what is there).
   */
  async readClipboard(done: (text: string) => boolean = (text) => text !== ''): Promise<string> {
    const until = Date.now() + WAIT_MS;
    for (;;) {
      const text = await this.pasted();
      if (done(text) || Date.now() > until) return text;
      await new Promise((go) => setTimeout(go, POLL_MS));
    }
  }

  private async pasted(): Promise<string> {
    await this.run(SCRATCH, ['']);
    try {
      await this.withElement(SCRATCH_BOX, (element) => this.shortcut(element, 'v'));
      // The paste is handled as an input event of its own: read once the box has it (or after two frames, empty).
      return await this.run<string>(`(lib, q) => new Promise((done) => {
        const box = lib.find(q);
        if (box.value) return done(box.value);
        box.addEventListener('input', () => done(box.value), { once: true });
        requestAnimationFrame(() => requestAnimationFrame(() => done(box.value)));
      })`, [SCRATCH_BOX]);
    } finally {
      await this.run('(lib, q) => lib.find(q)?.remove()', [SCRATCH_BOX]);
    }
  }

  /**
   * Pastes `text` into the field `query` matches as a person does: copied (Ctrl+C) from a box of
   * its own, pasted there (Ctrl+V). The copy is made again until the clipboard holds it (the page
   * may take the focus away from the box as it settles).
   */
  async pasteText(query: Query, text: string): Promise<void> {
    const until = Date.now() + WAIT_MS;
    for (;;) {
      await this.run(SCRATCH, [text]);
      try {
        await this.withElement(SCRATCH_BOX, (element) => this.shortcut(element, 'c'));
      } finally {
        await this.run('(lib, q) => lib.find(q)?.remove()', [SCRATCH_BOX]);
      }
      if ((await this.pasted()) === text) break;
      if (Date.now() > until) throw new Error(`${this.engine}: the copy did not reach the clipboard`);
    }
    await this.withElement(query, (element) => this.shortcut(element, 'v'));
  }

  /** Scrolls the element `query` matches to the middle of the screen, as a person scrolls to it. */
  async scrollTo(query: Query): Promise<void> {
    await this.waitForElement(query);
    await this.run('(lib, q) => lib.find(q).scrollIntoView({ block: "center" })', [query]);
  }

  /**
   * A PNG of the element `query` matches, as drawn on screen: cut from a screenshot of the
   * viewport (WebKitWebDriver's own element screenshot comes out cut short once the page has scrolled).
   */
  async pictureOf(query: Query): Promise<Buffer> {
    await this.scrollTo(query);
    await this.run(FRAMES, []);
    const where = await this.run<{ x: number; y: number; width: number; height: number; scale: number }>(
      '(lib, q) => { const r = lib.find(q).getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height, scale: devicePixelRatio }; }',
      [query],
    );
    const shot = PNG.sync.read(await this.capture());
    const x = Math.max(0, Math.round(where.x * where.scale));
    const y = Math.max(0, Math.round(where.y * where.scale));
    const width = Math.min(shot.width - x, Math.round(where.width * where.scale));
    const height = Math.min(shot.height - y, Math.round(where.height * where.scale));
    const cut = new PNG({ width, height });
    PNG.bitblt(shot, cut, x, y, width, height, 0, 0);
    return PNG.sync.write(cut);
  }

  /** Saves a screenshot of what is on screen under test-results/ (an artifact; not compared). */
  async screenshot(file: string): Promise<void> {
    mkdirSync(dirname(file), { recursive: true });
    await this.run(FRAMES, []);
    writeFileSync(file, await this.capture());
  }

  /**
   * What went wrong in the pages since the last call: uncaught errors, unhandled rejections and
   * console errors, as far as the engine lets a test see them (README, "Other engines").
   */
  async problems(allow: readonly RegExp[] = []): Promise<string[]> {
    const seen = [...(await this.takeWatched()), ...(await this.takeReported())];
    return seen.filter((line) => !allow.some((re) => re.test(line)));
  }

  /**
   * Clicks `query` and returns the file the page handed to the browser to download: its name,
   * type and text as the page made it (read by wrapping URL.createObjectURL for this one click),
   * and the file the browser saved where the engine lets a test see it.
   */
  async download(query: Query): Promise<Download> {
    await this.run(
      `() => {
        window.__engineBlobs = [];
        const create = URL.createObjectURL;
        URL.createObjectURL = (blob) => {
          const url = create.call(URL, blob);
          blob.text().then((text) => window.__engineBlobs.push({ url, type: blob.type, text }));
          return url;
        };
        const click = HTMLAnchorElement.prototype.click;
        HTMLAnchorElement.prototype.click = function () {
          window.__engineLinks = [...(window.__engineLinks || []), { href: this.href, name: this.download }];
          return click.call(this);
        };
      }`,
      [],
    );
    const folder = this.downloadFolder();
    // Emptied first: a second file of the same name would be renamed, or refused.
    if (folder) for (const file of readdirSync(folder)) rmSync(join(folder, file), { recursive: true, force: true });
    await this.click(query);
    const made = await this.waitFor<{ name: string; type: string; text: string }>(
      `() => {
        const link = (window.__engineLinks || []).at(-1);
        const blob = link && (window.__engineBlobs || []).find((b) => b.url === link.href);
        return blob ? { name: link.name, type: blob.type, text: blob.text } : null;
      }`,
      [],
      'the page to hand a file to the browser',
    );
    return { ...made, saved: folder ? await this.saved(join(folder, made.name), made.text) : null };
  }

  /** Polls until the browser has saved the whole file (or the wait is over: then the test compares what is there). */
  private async saved(path: string, text: string): Promise<string | null> {
    const until = Date.now() + WAIT_MS;
    while (Date.now() < until) {
      if (existsSync(path) && readFileSync(path, 'utf8') === text) return path;
      await new Promise((done) => setTimeout(done, POLL_MS));
    }
    return existsSync(path) ? path : null;
  }
}
