/**
 * Byte budgets (bench/targets.json, also printed by `npm run bench`): what every kind of page
 * (with its answers, where it has any) loads until it is interactive, gzip-compressed here
 * as a static host would send it. Bytes are deterministic for a build, so they are asserted;
 * timings are only ever reported by the benchmark, never asserted.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { LANGS, paths, type FlowId, type Lang } from '../src/app/paths';
import { RESULT, type AnyFlow } from '../src/flow/engine';
import { toQuery, walk } from '../src/flow/resolve';
import { SETUP_FLOW, type Answers } from '../src/flow/steps';
import { CANT_RECEIVE_FLOW } from '../src/troubleshoot/cant-receive';
import { CANT_SEND_FLOW } from '../src/troubleshoot/cant-send';
import targets from '../bench/targets.json' with { type: 'json' };
import { markReady, pathsAskedBeforeReady } from '../scripts/asked-before-ready.mjs';
import { at, expect, ready, test } from './fixtures';

const KB = 1024;

/** The answers of a customer with Thunderbird on ASAHI Net's own line (the bench uses the same). */
const THUNDERBIRD: Answers = { registration: 'yes', network: 'asahi', 'virus-check': 'no', antivirus: 'no', client: 'thunderbird' };

/** Answers that reach the result, each question answered with its first option. */
function firstOptions(flow: AnyFlow): Record<string, string> {
  const answers: Record<string, string> = {};
  for (let stop = walk(flow, answers).stop; stop !== RESULT; stop = walk(flow, answers).stop) answers[stop] = flow.steps[stop]?.options[0] ?? '';
  return answers;
}
const flowPage = (lang: Lang, flow: AnyFlow, page: string, answers: Record<string, string>) =>
  paths.flow(lang, flow.id as FlowId, page, toQuery(flow, answers));

/** Every kind of page, as a support link opens it (with its answers) where it has any. */
const PAGES = LANGS.flatMap((lang) => [
  { name: `${lang} home`, path: paths.home(lang) },
  { name: `${lang} step`, path: paths.setup(lang, SETUP_FLOW.first) },
  { name: `${lang} step with answers`, path: paths.setup(lang, 'client', toQuery(SETUP_FLOW, { ...THUNDERBIRD, client: undefined })) },
  { name: `${lang} result`, path: paths.setup(lang, RESULT, toQuery(SETUP_FLOW, THUNDERBIRD)) },
  { name: `${lang} reference`, path: paths.reference(lang) },
  { name: `${lang} support`, path: paths.support(lang) },
  { name: `${lang} troubleshoot`, path: paths.troubleshoot(lang) },
  ...[CANT_SEND_FLOW, CANT_RECEIVE_FLOW].flatMap((flow) => {
    const answers = firstOptions(flow as AnyFlow);
    const second = walk(flow as AnyFlow, { [flow.first]: answers[flow.first] ?? '' }).stop;
    return [
      { name: `${lang} ${flow.id} question with answers`, path: flowPage(lang, flow as AnyFlow, second, { [flow.first]: answers[flow.first] ?? '' }) },
      { name: `${lang} ${flow.id} result`, path: flowPage(lang, flow as AnyFlow, RESULT, answers) },
    ];
  }),
  { name: `${lang} check`, path: paths.check(lang) },
  { name: `${lang} check with values`, path: paths.check(lang, '?out-host=mails.asahi-net.or.jp&out-port=587') },
  { name: `${lang} error lookup`, path: paths.errorLookup(lang) },
  { name: `${lang} error lookup with a message`, path: paths.errorLookup(lang, '?app=outlook&message=ol-0x800ccc0e') },
  { name: `${lang} error message's own page`, path: paths.errorMessage(lang, 'ol-0x800ccc0e') },
  { name: `${lang} apps`, path: paths.apps(lang) },
  { name: `${lang} app guide`, path: paths.app(lang, 'outlook') },
  { name: `${lang} app guide, another version`, path: paths.app(lang, 'ios-mail', '?version=ios-17') },
]);

/**
 * The files the page asked for before it became interactive (scripts/asked-before-ready.mjs):
 * what it loads afterwards on its own (a result's walkthrough) is not what the page waits for.
 */
async function askedBeforeReady(page: Page): Promise<Set<string>> {
  return new Set(await page.evaluate(pathsAskedBeforeReady));
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(markReady);
});

for (const { name, path } of PAGES) {
  // Measured once, at `/`: a base path adds a few bytes of longer names, not a new page kind.
  test(`${name} (${path}) stays within the byte budgets`, { tag: '@exhaustive' }, async ({ page }) => {
    const bodies: Promise<{ kind: 'html' | 'css' | 'js' | 'other'; file: string; text: Buffer } | null>[] = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      const file = new URL(response.url()).pathname;
      const kind = type === 'document' ? 'html' : file.endsWith('.css') ? 'css' : file.endsWith('.js') ? 'js' : 'other';
      bodies.push(response.body().then((text) => ({ kind, file, text }), () => null));
    });
    await page.goto(at(path));
    await ready(page);
    const before = await askedBeforeReady(page);

    const files = (await Promise.all(bodies)).filter((f) => f !== null).filter((f) => f.kind === 'html' || before.has(f.file));
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
for (const { name, path } of PAGES.filter((p) => / (step|result)$/.test(p.name))) {
  test(`${name} (${path}) asks for all its scripts without waiting for the entry`, async ({ page, context }) => {
    const scripts = new Set<string>();
    page.on('request', (request) => {
      const file = new URL(request.url()).pathname;
      if (file.endsWith('.js')) scripts.add(file);
    });
    await page.goto(at(path));
    await ready(page);
    const before = await askedBeforeReady(page);
    for (const file of scripts) if (!before.has(file)) scripts.delete(file);
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
