/**
 * A copy of the built site that a test can change while a customer uses it, served to the
 * page through Playwright's routing as a static host would: a folder's index.html, the
 * bilingual 404 page with status 404 for anything missing, no SPA fallback.
 * `redeploy()` does to the copy what publishing a new build does: every hashed file gets a
 * new name, and every reference to it is rewritten.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { basePath, outDir } from '../scripts/build-env.mjs';
import { CONTENT_TYPES } from '../scripts/content-types.mjs';


/** `name-HASH.ext`, as Vite names every file it builds into assets/. */
const HASHED = /^(.+)-([A-Za-z0-9_-]{8})(\.[a-z]+)$/;

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

export class ServedCopy {
  readonly root = mkdtempSync(join(tmpdir(), 'served-copy-'));
  private readonly base = basePath();

  constructor() {
    cpSync(`${outDir()}${this.base}`, this.root, { recursive: true });
  }

  async serve(page: Page, origin: string): Promise<void> {
    await page.context().route(
      (url) => url.origin === origin,
      async (route) => {
        const { pathname } = new URL(route.request().url());
        const file = pathname.startsWith(this.base) ? this.fileFor(decodeURIComponent(pathname.slice(this.base.length))) : null;
        // Read at once: a redeploy may rename the file between finding it and sending it (a page
        // asks for code after it is interactive), and then it is missing, as on a real host.
        const body = file ? readIfThere(file) : null;
        if (file && body) return route.fulfill({ status: 200, body, headers: { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' } });
        return route.fulfill({ status: 404, path: join(this.root, '404.html'), headers: { 'content-type': CONTENT_TYPES['.html'] as string } });
      },
    );
  }

  private fileFor(relative: string): string | null {
    const path = join(this.root, relative);
    if (!path.startsWith(this.root) || !existsSync(path)) return null;
    if (statSync(path).isDirectory()) return relative === '' || relative.endsWith('/') ? this.fileFor(`${relative}index.html`) : null;
    return path;
  }

  /** Renames every hashed file and rewrites the references; returns the new names. */
  redeploy(): string[] {
    const assets = join(this.root, 'assets');
    const renames = new Map<string, string>();
    for (const name of readdirSync(assets)) {
      const match = HASHED.exec(name);
      if (match) renames.set(name, `${match[1]}-${(match[2] as string).split('').reverse().join('')}${match[3]}`);
    }
    for (const [from, to] of renames) renameSync(join(assets, from), join(assets, to));
    const rename = (text: string) => [...renames].reduce((next, [from, to]) => next.replaceAll(from, to), text);
    for (const file of this.textFiles(this.root)) {
      const text = readFileSync(file, 'utf8');
      let next = rename(text);
      // A new build also lists its inline scripts' new hashes in each page's Content-Security-Policy.
      for (const [, script] of text.matchAll(/<script[^>]*>([^<]+)<\/script>/g)) {
        next = next.replace(sha256(script as string), sha256(rename(script as string)));
      }
      if (next !== text) writeFileSync(file, next);
    }
    return [...renames.values()];
  }

  private textFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return this.textFiles(path);
      return ['.html', '.js', '.css'].includes(extname(entry.name)) ? [path] : [];
    });
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

function readIfThere(file: string): Buffer | null {
  try {
    return readFileSync(file);
  } catch {
    return null;
  }
}
