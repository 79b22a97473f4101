/**
 * The engines' static server over the built site (`dist/`, built for `/`), as a plain static
 * host serves it: a folder's index.html, a 301 to add a folder's slash, the bilingual 404 page
 * for anything missing, no SPA fallback. Everything is sent `no-store`, so that a browser kept
 * open across tests asks again for every file, and the switches below see every request:
 *
 * - `hold(pattern)`: requests whose path matches wait until `release()`, as on a slow network
 *   (the page is then as its HTML and its first script made it, before the app starts);
 * - `fail(pattern)`: requests whose path matches answer 404, as a file of an older build does
 *   after a new one is published;
 * - `watch`: each page's HTML gets one more script, first in its head, from this server
 *   (`script-src 'self'` allows it; no inline script, so the pages' CSP hashes still hold):
 *   it records uncaught errors, unhandled rejections, console errors, CSP violations and
 *   failed loads of the page's own elements, for an engine whose driver reports none of them
 *   (WebKitWebDriver: e2e/engines/webkit.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { CONTENT_TYPES } from '../../scripts/content-types.mjs';
import { WATCH_PATH, WATCH_SCRIPT } from './watch';

export interface ServerOptions {
  readonly root: string;
  readonly port: number;
  /** Add the error watcher to every page (for an engine whose driver reports no errors). */
  readonly watch?: boolean;
}

export class SiteServer {
  readonly origin: string;
  /** Every request since the last `forget()`, in order: its method, path and query (`GET /ja/`). */
  readonly requests: string[] = [];
  private readonly root: string;
  private readonly server: Server;
  private held: { pattern: RegExp; waiting: (() => void)[] } | null = null;
  private failing: RegExp | null = null;

  private constructor(private readonly options: ServerOptions) {
    this.root = resolve(options.root);
    this.origin = `http://127.0.0.1:${options.port}`;
    this.server = createServer((request, response) => void this.answer(request, response));
  }

  static async start(options: ServerOptions): Promise<SiteServer> {
    const site = new SiteServer(options);
    await new Promise<void>((done, fail) => {
      site.server.once('error', fail);
      site.server.listen(options.port, '127.0.0.1', done);
    });
    return site;
  }

  url(path: string): string {
    return new URL(path, this.origin).href;
  }

  /** Requests whose path matches wait until `release()`. */
  hold(pattern: RegExp): void {
    this.held = { pattern, waiting: [] };
  }

  /** How many requests are being held now. */
  get holding(): number {
    return this.held?.waiting.length ?? 0;
  }

  release(): void {
    const waiting = this.held?.waiting ?? [];
    this.held = null;
    for (const go of waiting) go();
  }

  /** Requests whose path matches answer 404 until `fail(null)`. */
  fail(pattern: RegExp | null): void {
    this.failing = pattern;
  }

  forget(): void {
    this.requests.length = 0;
  }

  async stop(): Promise<void> {
    this.release();
    this.server.closeAllConnections();
    await new Promise<void>((done) => this.server.close(() => done()));
  }

  private async answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.origin);
    const { pathname } = url;
    this.requests.push(`${request.method ?? 'GET'} ${pathname}${url.search}`);
    const held = this.held;
    if (held?.pattern.test(pathname)) await new Promise<void>((go) => held.waiting.push(go));
    // `no-store` alone does not keep WebKit from running a module again from its memory cache.
    const headers: Record<string, string> = { 'Cache-Control': 'no-store, no-cache, must-revalidate, max-age=0', Pragma: 'no-cache', Expires: '0', Vary: '*' };
    if (this.options.watch && pathname === WATCH_PATH) {
      response.writeHead(200, { ...headers, 'Content-Type': CONTENT_TYPES['.js'] as string }).end(WATCH_SCRIPT);
      return;
    }
    if (!pathname.endsWith('/') && !extname(pathname) && this.fileFor(`${pathname}/`)) {
      response.writeHead(301, { ...headers, Location: `${pathname}/${url.search}` }).end();
      return;
    }
    const failed = this.failing?.test(pathname) ?? false;
    const found = failed ? null : this.fileFor(pathname);
    const file = found ?? join(this.root, '404.html');
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    let body: string | Buffer = readFileSync(file);
    if (this.options.watch && extname(file) === '.html') body = withWatcher(body.toString('utf8'));
    if (request.method === 'HEAD') body = '';
    response.writeHead(found ? 200 : 404, { ...headers, 'Content-Type': type }).end(body);
  }

  private fileFor(pathname: string): string | null {
    let relative: string;
    try {
      relative = normalize(decodeURIComponent(pathname));
    } catch {
      return null;
    }
    const path = join(this.root, relative);
    if (!path.startsWith(this.root)) return null;
    if (existsSync(path) && statSync(path).isDirectory()) return existsSync(join(path, 'index.html')) ? join(path, 'index.html') : null;
    return existsSync(path) ? path : null;
  }
}

/** The watcher's script first in the head, before anything of the page can fail. */
function withWatcher(html: string): string {
  return html.replace(/<head>/i, `<head><script src="${WATCH_PATH}"></script>`);
}
