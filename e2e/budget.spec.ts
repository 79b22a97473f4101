/**
 * Byte budgets (bench/targets.json, also printed by `npm run bench`): what a step page, a
 * result page and the reference page load until they are interactive, gzip-compressed here
 * as a static host would send it. Bytes are deterministic for a build, so they are asserted;
 * timings are only ever reported by the benchmark, never asserted.
 */
import { gzipSync } from 'node:zlib';
import { LANGS, paths } from '../src/app/paths';
import { RESULT } from '../src/flow/engine';
import { toQuery } from '../src/flow/resolve';
import { SETUP_FLOW, type Answers } from '../src/flow/steps';
import targets from '../bench/targets.json' with { type: 'json' };
import { at, expect, ready, test } from './fixtures';

const KB = 1024;

/** The answers of a customer with Thunderbird on ASAHI Net's own line (the bench uses the same). */
const THUNDERBIRD: Answers = { registration: 'yes', network: 'asahi', 'virus-check': 'no', antivirus: 'no', client: 'thunderbird' };

const PAGES = LANGS.flatMap((lang) => [
  { name: `${lang} step`, path: paths.setup(lang, SETUP_FLOW.first) },
  { name: `${lang} result`, path: paths.setup(lang, RESULT, toQuery(SETUP_FLOW, THUNDERBIRD)) },
  { name: `${lang} reference`, path: paths.reference(lang) },
]);

for (const { name, path } of PAGES) {
  test(`${name} (${path}) stays within the byte budgets`, async ({ page }) => {
    const bodies: Promise<{ kind: 'html' | 'css' | 'js' | 'other'; text: Buffer } | null>[] = [];
    let interactive = false;
    page.on('response', (response) => {
      if (interactive) return;
      const type = response.request().resourceType();
      const file = new URL(response.url()).pathname;
      const kind = type === 'document' ? 'html' : file.endsWith('.css') ? 'css' : file.endsWith('.js') ? 'js' : 'other';
      bodies.push(response.body().then((text) => ({ kind, text }), () => null));
    });
    await page.goto(at(path));
    await ready(page);
    interactive = true;

    const files = (await Promise.all(bodies)).filter((f) => f !== null);
    const gzip = (kind: string) => files.filter((f) => f.kind === kind).reduce((sum, f) => sum + gzipSync(f.text).length, 0);
    const html = files.find((f) => f.kind === 'html')?.text.toString('utf8') ?? '';
    // The stylesheet is inlined into each page: it counts as CSS too (and is part of the HTML).
    const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].reduce((sum, m) => sum + gzipSync(m[1] ?? '').length, 0);
    const kb = { html: gzip('html') / KB, css: (gzip('css') + inlineCss) / KB, js: gzip('js') / KB };
    test.info().annotations.push({ type: 'gzip KB', description: `HTML ${kb.html.toFixed(1)}, CSS ${kb.css.toFixed(1)}, JS ${kb.js.toFixed(1)}` });

    expect(files.filter((f) => f.kind === 'js').length, 'some JavaScript was measured').toBeGreaterThan(0);
    expect.soft(kb.html, 'HTML, KB gzip').toBeLessThanOrEqual(targets.htmlKB);
    expect.soft(kb.css, 'CSS, KB gzip').toBeLessThanOrEqual(targets.cssKB);
    expect.soft(kb.js, 'JavaScript loaded until interactive, KB gzip').toBeLessThanOrEqual(targets.jsKB);
  });
}

/**
 * The entry (React, the router, i18next: most of the bytes) must not be what the rest waits
 * for: the page's own chunks and its language's text download beside it. The entry is held
 * back here until every other script the page runs has been requested; if one were only asked
 * for by the entry, the page would never become interactive and the test would fail.
 */
for (const { name, path } of PAGES.filter((p) => !p.name.endsWith('reference'))) {
  test(`${name} (${path}) asks for all its scripts without waiting for the entry`, async ({ page, context }) => {
    const scripts = new Set<string>();
    page.on('request', (request) => {
      const file = new URL(request.url()).pathname;
      if (file.endsWith('.js')) scripts.add(file);
    });
    await page.goto(at(path));
    await ready(page);
    const entry = [...scripts].find((file) => /\/main-[^/]+\.js$/.test(file));
    expect(entry, 'the entry was loaded').toBeDefined();
    const others = [...scripts].filter((file) => file !== entry);
    expect(others.length, 'the page runs scripts besides the entry').toBeGreaterThan(2);

    const fresh = await context.newPage();
    const requested = new Set<string>();
    fresh.on('request', (request) => requested.add(new URL(request.url()).pathname));
    let missing: string[] = [];
    await fresh.route(
      (url) => url.pathname === entry,
      async (route) => {
        const until = Date.now() + 10_000;
        while ((missing = others.filter((file) => !requested.has(file))).length > 0 && Date.now() < until) {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        await route.continue();
      },
    );
    await fresh.goto(at(path));
    await ready(fresh);
    expect(missing, 'scripts asked for only after the entry had arrived').toEqual([]);
  });
}
