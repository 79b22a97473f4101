// The benchmark (`npm run bench`): builds the site into bench-dist/, serves it beside a plain
// HTML copy of the source page's text, and measures every kind of page: home, each question
// of the three flows and their results, the checker, the reference, support, opened with the
// answers in the URL as a support link opens it and without. Per page: Lighthouse (mobile
// preset) performance, LCP and CLS, LCP ÷ the plain copy's LCP in the same run, and the figure
// of record, "content on screen": when what the customer came for (a question's options, a
// result's host names, a diagnosis's causes; marked with `elementtiming`) is painted, under
// Lighthouse's mobile throttling applied by DevTools (562.5 ms RTT, 1.47 Mbit/s, 4× CPU),
// ÷ the plain copy's LCP under the same throttling. Then the gzip bytes loaded until
// interactive (the entry, i.e. the stack, apart from the page's own chunks) and Continue →
// next h1 at 4× CPU slowdown. All on a server that gzips on the fly (`serve`), and the
// representative subset again on one that does not compress (scripts/static-server.mjs,
// sending the build's precompressed files as nginx gzip_static/brotli_static would).
// Lighthouse runs once per page, three times (median) for the subset, on both servers. Each
// figure is printed beside its target; raw figures go to bench-results/latest.json. A missed
// target is reported, not fatal. `--pages=ja-setup-network+,plain` measures only those ids (see the
// list printed at the start); `--quick` measures only the subset.
/* global document, window, Element, MutationObserver, requestAnimationFrame -- used by the functions run in the page */
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium as playwrightChromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { markReady, pathsAskedBeforeReady } from './asked-before-ready.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './build-env.mjs';

const OUT = 'bench-dist';
const RESULTS = 'bench-results';
const SUBSET_RUNS = 3;
const STEP_CHANGE_RUNS = 20;
const CPU_SLOWDOWN = 4;
const FIRST_PORT = 4390;
/** Where the plain copy of the source page is served (a folder, so `serve` needs no redirect). */
const PLAIN_PATH = '/bench-plain/';
/**
 * Lighthouse's mobile preset as DevTools applies it (lighthouse/core/config/constants.js,
 * mobileSlow4G: 150 ms RTT and 1.6 Mbit/s, times its devtools adjustments 3.75 and 0.9).
 */
const THROTTLING = { latency: 150 * 3.75, downloadThroughput: (1638.4 * 0.9 * 1024) / 8, uploadThroughput: (750 * 0.9 * 1024) / 8 };

/** The flows, walked in the browser from their first question (so the bench needs no TypeScript). */
const FLOWS = [
  { flow: 'setup', first: 'registration' },
  { flow: 'cant-send', first: 'symptom' },
  { flow: 'cant-receive', first: 'symptom' },
];
/**
 * Measured with three Lighthouse runs each (median), and again so on the server that does not
 * compress: one page of every family, with and without answers, in both languages.
 */
const SUBSET = new Set([
  'ja-setup-registration', 'ja-setup-network+', 'ja-setup-client+', 'ja-setup-result+', 'en-setup-result+',
  'ja-cant-send-port+', 'ja-cant-send-result+', 'en-cant-receive-result+', 'ja-cant-send-port!', 'en-cant-receive-host',
  'ja-check+', 'ja-reference', 'ja-error+', 'ja-error-ol', 'ja-apps-outlook', 'en-apps-ios-mail+',
]);
const args = process.argv.slice(2);
const only = args.find((arg) => arg.startsWith('--pages='))?.slice('--pages='.length).split(',');
const quick = args.includes('--quick');
const PLAIN = { id: 'plain', kind: 'plain', path: PLAIN_PATH, lang: 'ja' };

// The targets, shared with the byte-budget test (e2e/budget.spec.ts). Sizes in KB of gzip.
const TARGETS = JSON.parse(readFileSync('bench/targets.json', 'utf8'));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const kb = (bytes) => bytes / 1024;
const log = (message) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

function isFree(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

async function freePort(from = FIRST_PORT) {
  for (let port = from; port < from + 50; port += 1) if (await isFree(port)) return port;
  throw new Error(`no free port from ${from}`);
}

function build() {
  log(`building into ${OUT}/ (BASE_PATH=/)`);
  execFileSync(process.execPath, ['scripts/build.mjs'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, OUT_DIR: OUT, BASE_PATH: '/' },
  });
  mkdirSync(join(OUT, PLAIN_PATH), { recursive: true });
  copyFileSync('bench/source-page.html', join(OUT, PLAIN_PATH, 'index.html'));
}

/** `gzip`: `serve`, which compresses on the fly as CDNs do; `static`: scripts/static-server.mjs. */
async function startServer(port, kind = 'gzip') {
  const command =
    kind === 'gzip'
      ? ['node_modules/serve/build/main.js', OUT, '--listen', String(port), '--no-port-switching', '--no-clipboard']
      : ['scripts/static-server.mjs', OUT, String(port)];
  const server = spawn(process.execPath, command, { stdio: 'ignore' });
  const origin = `http://localhost:${port}`;
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`${origin}/ja/`)).ok) return { server, origin };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`the static server did not start on port ${port}`);
}

/**
 * Every page kind, with and without answers. The flows' pages come from walking each flow in
 * the browser, once answering every question with its first option and once with its last, so
 * that the list follows the flow definitions without repeating them here.
 */
async function discoverPages(browser, origin) {
  const tab = await browser.newPage();
  const steps = new Map();
  const results = new Map();
  for (const { flow, first } of FLOWS) {
    for (const pick of ['first', 'last']) {
      await tab.goto(`${origin}/ja/${flow}/${first}/`);
      await tab.waitForFunction(() => document.documentElement.dataset.ready === 'true');
      for (let i = 0; i < 20; i += 1) {
        const url = new URL(tab.url());
        const [, , , step] = url.pathname.split('/');
        if (step === 'result') {
          if (!results.has(flow)) results.set(flow, url.search);
          break;
        }
        if (!steps.has(`${flow}/${step}`)) steps.set(`${flow}/${step}`, { flow, step, search: url.search });
        const heading = await tab.locator('main h1').textContent();
        await tab.locator('main input[type="radio"]')[pick]().check();
        await tab.locator('main button[type="submit"]').click();
        await tab.waitForURL((next) => next.href !== url.href, { waitUntil: 'commit' });
        // The address changes before the next question is drawn: answering the one still on
        // screen would leave the next unanswered, and the walk stuck on its error.
        await tab.waitForFunction((before) => document.querySelector('main h1')?.textContent !== before, heading);
      }
    }
  }
  await tab.close();
  const pages = [
    ...['ja', 'en'].map((lang) => ({ id: `${lang}-home`, lang, kind: 'content', path: `/${lang}/` })),
    ...['ja', 'en'].map((lang) => ({ id: `${lang}-reference`, lang, kind: 'content', path: `/${lang}/reference/` })),
    { id: 'ja-support', lang: 'ja', kind: 'content', path: '/ja/support/' },
    { id: 'ja-troubleshoot', lang: 'ja', kind: 'content', path: '/ja/troubleshoot/' },
    { id: 'ja-check', lang: 'ja', kind: 'content', path: '/ja/check/' },
    { id: 'ja-check+', lang: 'ja', kind: 'result', path: '/ja/check/?out-host=mails.asahi-net.or.jp&out-port=587' },
    // The error lookup, empty and as a support link to one message opens it.
    { id: 'ja-error', lang: 'ja', kind: 'content', path: '/ja/error/' },
    // With a message in the query, what it shows depends on it, like a result (docs/decisions/0008):
    // the form support links had before each message had a page of its own, still served.
    { id: 'ja-error+', lang: 'ja', kind: 'result', path: '/ja/error/?app=outlook&message=ol-0x800ccc0e' },
    // A message's own page, the link support staff send now: its content is in its HTML (0011).
    { id: 'ja-error-ol', lang: 'ja', kind: 'content', path: '/ja/error/ol-0x800ccc0e/' },
    // The apps page, and an app's guide as support links it (the current version, and another).
    { id: 'ja-apps', lang: 'ja', kind: 'content', path: '/ja/apps/' },
    { id: 'ja-apps-outlook', lang: 'ja', kind: 'content', path: '/ja/apps/outlook/' },
    { id: 'en-apps-ios-mail+', lang: 'en', kind: 'content', path: '/en/apps/ios-mail/?version=ios-17' },
  ];
  for (const { flow, step, search } of steps.values()) {
    pages.push({ id: `ja-${flow}-${step}`, lang: 'ja', kind: 'question', path: `/ja/${flow}/${step}/` });
    if (search) pages.push({ id: `ja-${flow}-${step}+`, lang: 'ja', kind: 'question', path: `/ja/${flow}/${step}/${search}` });
  }
  for (const [flow, search] of results) {
    for (const lang of ['ja', 'en']) pages.push({ id: `${lang}-${flow}-result+`, lang, kind: 'result', path: `/${lang}/${flow}/result/${search}` });
  }
  pages.push({ id: 'ja-setup-result', lang: 'ja', kind: 'question', path: '/ja/setup/result/' });
  // A support link with an answer that is not an option, and one to a step its answers cannot reach.
  pages.push({ id: 'ja-cant-send-port!', lang: 'ja', kind: 'question', path: '/ja/cant-send/port/?symptom=error' });
  pages.push({ id: 'en-cant-receive-host', lang: 'en', kind: 'question', path: '/en/cant-receive/host/' });
  const unique = [...new Map(pages.map((page) => [page.id, page])).values()];
  return unique.filter((page) => (only ? only.includes(page.id) : !quick || SUBSET.has(page.id)));
}

/**
 * Under Lighthouse's mobile throttling applied by DevTools: when the content (elements marked
 * `elementtiming="content"`, the last of them to paint) is on screen, and the LCP.
 */
async function measureContent(browser, origin, page) {
  const context = await browser.newContext({ locale: page.lang === 'ja' ? 'ja-JP' : 'en-GB', viewport: { width: 412, height: 823 } });
  const tab = await context.newPage();
  await tab.addInitScript(() => {
    // Times from the first navigation: a link the page sends on to another page (a redirect)
    // has what it came for painted by that page, whose own times start when it was asked for.
    const first = Number(sessionStorage.getItem('bench-first-origin') ?? performance.timeOrigin);
    sessionStorage.setItem('bench-first-origin', String(first));
    const since = performance.timeOrigin - first;
    window.__paints = { content: [], lcp: 0 };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.identifier === 'content') window.__paints.content.push(since + (entry.renderTime || entry.loadTime));
    }).observe({ type: 'element', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__paints.lcp = since + entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...THROTTLING });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await tab.goto(origin + page.path, { waitUntil: 'load', timeout: 60_000 });
  if (page.kind !== 'plain') await tab.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { timeout: 60_000 });
  await tab.waitForTimeout(1500);
  const paints = await tab.evaluate(() => window.__paints);
  await context.close();
  return { content: paints.content.length > 0 ? Math.max(...paints.content) : null, lcp: paints.lcp || null };
}

/** The gzip bytes of every HTML, CSS and JS response until the page says it is interactive. */
async function measureBytes(browser, origin, page) {
  const context = await browser.newContext({ locale: page.lang === 'ja' ? 'ja-JP' : 'en-GB' });
  const tab = await context.newPage();
  const bodies = [];
  // As e2e/budget.spec.ts counts them: what was asked for before the page was interactive.
  await tab.addInitScript(markReady);
  let interactive = false;
  tab.on('response', (response) => {
    if (interactive) return;
    const type = response.request().resourceType();
    const path = new URL(response.url()).pathname;
    const kind =
      type === 'document' ? 'html' : type === 'stylesheet' || path.endsWith('.css') ? 'css' : type === 'script' || path.endsWith('.js') ? 'js' : 'other';
    bodies.push(response.body().then((body) => ({ kind, path, raw: body.length, gzip: gzipSync(body).length, body })).catch(() => null));
  });
  await tab.goto(origin + page.path);
  await tab.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { timeout: 30_000 });
  interactive = true;
  const asked = new Set(await tab.evaluate(pathsAskedBeforeReady));
  const files = (await Promise.all(bodies)).filter((f) => f !== null && (f.kind === 'html' || asked.has(f.path)));
  const totals = { html: 0, css: 0, js: 0, other: 0 };
  for (const file of files) totals[file.kind] += file.gzip;
  // CSS inlined in the HTML counts as CSS as well (it is already part of the HTML's bytes).
  const html = files.find((f) => f.kind === 'html');
  const inlineCss = [...(html?.body.toString('utf8') ?? '').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].reduce(
    (sum, [, css]) => sum + gzipSync(css).length,
    0,
  );
  totals.css += inlineCss;
  await context.close();
  return { totals, inlineCss, files: files.map(({ kind, path, raw, gzip }) => ({ kind, path, raw, gzip })) };
}

/**
 * One Chromium for every Lighthouse run (started here by pid, like the server): Lighthouse
 * opens a fresh tab per run and clears the origin's cache and storage before loading.
 */
async function startChromium(port) {
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const chrome = spawn(CHROMIUM_PATH, ['--headless', `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, ...CHROMIUM_FLAGS, 'about:blank'], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return { chrome, profile };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  chrome.kill();
  throw new Error(`Chromium did not open its debugging port ${port}`);
}

async function lighthouseRun(url, port, tag) {
  let lhr;
  try {
    const result = await lighthouse(url, {
      port,
      hostname: '127.0.0.1',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      // The screenshot only illustrates the HTML report; no audit or score uses it.
      disableFullPageScreenshot: true,
    });
    lhr = result?.lhr;
  } catch (error) {
    log(`lighthouse failed for ${url}: ${error.message}`);
    return null;
  }
  if (!lhr) return null;
  writeFileSync(join(RESULTS, 'lighthouse', `${tag}.json`), JSON.stringify(lhr));
  if (lhr.runtimeError) log(`lighthouse runtime error for ${url}: ${lhr.runtimeError.code}`);
  const audit = (id) => lhr.audits[id]?.numericValue ?? null;
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)])),
    lcp: audit('largest-contentful-paint'),
    fcp: audit('first-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    bytes: audit('total-byte-weight'),
  };
}

function summarizeLighthouse(runs) {
  const ok = runs.filter((r) => r !== null);
  const pick = (f) => median(ok.map(f));
  return {
    runs: ok.length,
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, pick((r) => r.scores[c])])),
    lcp: pick((r) => r.lcp),
    fcp: pick((r) => r.fcp),
    tbt: pick((r) => r.tbt),
    cls: pick((r) => r.cls),
    bytes: pick((r) => r.bytes),
  };
}

/** Continue on the first question to the next heading, timed in the page, at 4× CPU slowdown. */
async function measureStepChange(browser, origin, page) {
  const context = await browser.newContext({ locale: page.lang === 'ja' ? 'ja-JP' : 'en-GB' });
  const tab = await context.newPage();
  await tab.goto(origin + page.path);
  await tab.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  const firstHeading = await tab.locator('main h1').innerText();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const times = [];
  for (let i = 0; i < STEP_CHANGE_RUNS; i += 1) {
    await tab.evaluate(() => {
      // From the click's own timestamp to the frame in which a different h1 is first drawn.
      const before = document.querySelector('main h1')?.textContent;
      window.__stepChange = new Promise((resolve) => {
        let start;
        const onClick = (event) => {
          if (event.target instanceof Element && event.target.closest('button[type="submit"]')) start = event.timeStamp;
        };
        document.addEventListener('click', onClick, { capture: true });
        const observer = new MutationObserver(() => {
          const h1 = document.querySelector('main h1');
          if (start === undefined || !h1 || h1.textContent === before) return;
          observer.disconnect();
          document.removeEventListener('click', onClick, { capture: true });
          requestAnimationFrame((frame) => resolve(frame - start));
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
    });
    await tab.locator('main input[type="radio"]').first().check();
    await tab.locator('main button[type="submit"]').click();
    times.push(await tab.evaluate(() => window.__stepChange));
    await tab.goBack();
    await tab.locator('main h1', { hasText: firstHeading }).waitFor();
  }
  await context.close();
  return times;
}

function cell(value, digits, target, better) {
  if (value === null || value === undefined) return 'n/a';
  const text = value.toFixed(digits);
  if (target === undefined) return text;
  const pass = better === 'low' ? value <= target : value >= target;
  return `${text} ${pass ? 'PASS' : 'FAIL'}`;
}

const ratioTarget = (page) => (page.kind === 'result' ? TARGETS.resultRatio : TARGETS.lcpRatio);

function printTable(results, pages) {
  const header = ['page', 'server', 'LH runs', 'perf ≥ 98', 'LCP ms', 'CLS = 0', 'LCP ÷ plain', 'content ms', 'content ÷ plain', `JS KB ≤ ${TARGETS.jsKB} (entry + page)`, 'Continue → h1 ms'];
  const rows = [];
  for (const server of Object.keys(results.servers)) {
    const figures = results.servers[server];
    for (const page of pages) {
      const r = figures.pages[page.id];
      if (!r) continue;
      const target = ratioTarget(page);
      const js = r.bytes ? `${cell(kb(r.bytes.js), 1, TARGETS.jsKB, 'low')} (${kb(r.bytes.entry).toFixed(1)} + ${kb(r.bytes.js - r.bytes.entry).toFixed(1)})` : '';
      rows.push([
        page.id,
        server,
        String(r.lighthouse.runs),
        cell(r.lighthouse.scores.performance, 0, TARGETS.performance, 'high'),
        cell(r.lighthouse.lcp, 0),
        cell(r.lighthouse.cls, 3, 0, 'low'),
        cell(r.lcpRatio, 2, target, 'low'),
        cell(r.paint.content, 0),
        // A question or a result with nothing marked has no figure of record: that is a failure, not n/a.
        page.kind !== 'content' && r.contentRatio === null ? 'none marked FAIL' : cell(r.contentRatio, 2, target, 'low'),
        js,
        r.stepChange ? cell(r.stepChange.median, 0, TARGETS.stepChangeMs, 'low') : '',
      ]);
    }
    const plain = figures.plain;
    console.log(`${server}: plain copy LH LCP ${cell(plain.lighthouse.lcp, 0)} ms (median of ${plain.lighthouse.runs}), throttled-in-page LCP ${cell(plain.paint.lcp, 0)} ms.`);
  }
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  console.log(`\n${line(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
  console.log(
    `\nRatios: ≤ ${TARGETS.lcpRatio} for questions and pages whose content is in the HTML, ≤ ${TARGETS.resultRatio} for results. ` +
      '"content" is when the last element marked elementtiming="content" painted (a question\'s options, a result\'s host names, ' +
      "a diagnosis's causes) under DevTools throttling as Lighthouse's mobile preset (562.5 ms RTT, 1.47 Mbit/s, 4× CPU), ÷ the plain copy's LCP under " +
      `the same throttling. JS: gzip of every script until interactive, the entry (React, the router, i18next and the shell) + the page's own chunks. ` +
      `Lighthouse: 1 run per page, median of ${SUBSET_RUNS} for the subset. Timings are noisy on a shared machine.`,
  );
  const checks = rows.flat().filter((c) => /PASS|FAIL/.test(c));
  const failed = checks.filter((c) => c.includes('FAIL')).length;
  console.log(`\n${checks.length - failed} of ${checks.length} figures meet their targets. ${results.seconds} s.`);
}

/** Lighthouse (runs each, interleaved with the plain copy) and the throttled paint of every page on one server. */
async function measureServer(origin, pages, runs, debugPort, browser, tag) {
  const figures = { pages: {}, plain: null };
  const lh = async (page) => {
    const all = [];
    for (let i = 0; i < runs(page); i += 1) all.push(await lighthouseRun(origin + page.path, debugPort, `${tag}-${page.id}-${i + 1}`));
    return { ...summarizeLighthouse(all), all };
  };
  const plain = { lighthouse: await lh(PLAIN), paint: await measureContent(browser, origin, PLAIN) };
  figures.plain = plain;
  for (const page of pages) {
    const r = { lighthouse: await lh(page), paint: await measureContent(browser, origin, page) };
    r.lcpRatio = r.lighthouse.lcp !== null && plain.lighthouse.lcp ? r.lighthouse.lcp / plain.lighthouse.lcp : null;
    r.contentRatio = r.paint.content !== null && plain.paint.lcp ? r.paint.content / plain.paint.lcp : null;
    figures.pages[page.id] = r;
    log(`${tag} ${page.id}: perf ${r.lighthouse.scores.performance}, LCP ${Math.round(r.lighthouse.lcp)} ms, content ${Math.round(r.paint.content ?? NaN)} ms`);
  }
  return figures;
}

async function main() {
  const started = Date.now();
  rmSync(join(RESULTS, 'lighthouse'), { recursive: true, force: true });
  mkdirSync(join(RESULTS, 'lighthouse'), { recursive: true });
  build();
  const children = [];
  process.on('exit', () => children.forEach((child) => child.exitCode === null && child.kill('SIGTERM')));
  const port = await freePort();
  const gzip = await startServer(port, 'gzip');
  children.push(gzip.server);
  const staticPort = await freePort(port + 1);
  const plainHost = await startServer(staticPort, 'static');
  children.push(plainHost.server);
  log(`serving ${OUT}/ gzipped on ${gzip.origin} (pid ${gzip.server.pid}), precompressed only on ${plainHost.origin} (pid ${plainHost.server.pid})`);
  let chromium;
  const browser = await playwrightChromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  try {
    const pages = await discoverPages(browser, gzip.origin);
    log(`${pages.length} pages: ${pages.map((p) => p.id).join(' ')}`);
    const results = { date: new Date().toISOString(), targets: TARGETS, servers: {} };
    const bytes = {};
    for (const page of pages) {
      const measured = await measureBytes(browser, gzip.origin, page);
      const entry = measured.files.filter((f) => f.kind === 'js' && /\/(main|rolldown-runtime)-[^/]+\.js$/.test(f.path)).reduce((sum, f) => sum + f.gzip, 0);
      bytes[page.id] = { js: measured.totals.js, entry, html: measured.totals.html, css: measured.totals.css, files: measured.files };
    }
    log('bytes measured');
    const stepChange = {};
    for (const page of pages.filter((p) => ['ja-setup-registration', 'ja-cant-send-symptom'].includes(p.id))) {
      const times = await measureStepChange(browser, gzip.origin, page);
      stepChange[page.id] = { median: median(times), times };
    }
    log('step change measured');

    const debugPort = await freePort(staticPort + 1);
    chromium = await startChromium(debugPort);
    children.push(chromium.chrome);
    const runs = (page) => (page.id === 'plain' || SUBSET.has(page.id) ? SUBSET_RUNS : 1);
    results.servers.gzip = await measureServer(gzip.origin, pages, runs, debugPort, browser, 'gzip');
    for (const page of pages) Object.assign(results.servers.gzip.pages[page.id], { bytes: bytes[page.id], stepChange: stepChange[page.id] });
    const subset = pages.filter((p) => SUBSET.has(p.id));
    if (subset.length > 0) results.servers.precompressed = await measureServer(plainHost.origin, subset, runs, debugPort, browser, 'precompressed');
    results.seconds = Math.round((Date.now() - started) / 1000);
    printTable(results, pages);
    writeFileSync(join(RESULTS, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
    log(`wrote ${RESULTS}/latest.json in ${results.seconds} s`);
  } finally {
    await browser.close();
    if (chromium?.chrome.exitCode === null) chromium.chrome.kill('SIGTERM');
    if (chromium) {
      try {
        rmSync(chromium.profile, { recursive: true, force: true, maxRetries: 5 });
      } catch (error) {
        console.warn(`Could not remove ${chromium.profile}: ${error.message}`);
      }
    }
    gzip.server.kill('SIGTERM');
    plainHost.server.kill('SIGTERM');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
