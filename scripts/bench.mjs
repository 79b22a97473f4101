// The benchmark (`npm run bench`): builds the site into bench-dist/, serves it on a plain
// static server beside a plain HTML copy of the source page's text, and prints, for a step
// page, a result page and the reference page in both languages: the gzip bytes loaded until
// the page is interactive, Lighthouse (mobile preset, median of 3 runs), the LCP of the step
// page against the plain copy, and the time from Continue to the next step's heading at 4×
// CPU slowdown. Each figure is printed beside its target with PASS or FAIL; the raw figures go
// to bench-results/latest.json. A missed target is reported, not fatal: the script exits
// non-zero only when something crashes.
/* global document, window, Element, MutationObserver, requestAnimationFrame -- used by the functions run in the page */
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium as playwrightChromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './build-env.mjs';

const OUT = 'bench-dist';
const RESULTS = 'bench-results';
const LIGHTHOUSE_RUNS = 3;
const STEP_CHANGE_RUNS = 20;
const CPU_SLOWDOWN = 4;
const FIRST_PORT = 4390;
/** Where the plain copy of the source page is served (a folder, so `serve` needs no redirect). */
const PLAIN_PATH = '/bench-plain/';

// A canonical result URL: the answers a customer with Thunderbird on ASAHI Net's own line
// gives (docs/decisions/0001-url-contract.md). Hard-coded so the bench needs no TypeScript.
const RESULT_QUERY = '?registration=yes&network=asahi&virus-check=no&antivirus=no&client=thunderbird';

const ALL_PAGES = [
  { id: 'ja-step', lang: 'ja', kind: 'step', path: '/ja/setup/registration/' },
  { id: 'en-step', lang: 'en', kind: 'step', path: '/en/setup/registration/' },
  { id: 'ja-result', lang: 'ja', kind: 'result', path: `/ja/setup/result/${RESULT_QUERY}` },
  { id: 'en-result', lang: 'en', kind: 'result', path: `/en/setup/result/${RESULT_QUERY}` },
  { id: 'ja-reference', lang: 'ja', kind: 'reference', path: '/ja/reference/' },
  { id: 'en-reference', lang: 'en', kind: 'reference', path: '/en/reference/' },
];
// `npm run bench -- --pages=ja-step,ja-result` measures only those pages (the plain copy always).
const only = process.argv.find((arg) => arg.startsWith('--pages='))?.slice('--pages='.length).split(',');
const PAGES = only ? ALL_PAGES.filter((p) => only.includes(p.id)) : ALL_PAGES;
const PLAIN = { id: 'plain', path: PLAIN_PATH };

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

async function startServer(port) {
  const server = spawn(process.execPath, ['node_modules/serve/build/main.js', OUT, '--listen', String(port), '--no-port-switching', '--no-clipboard'], {
    stdio: 'ignore',
  });
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

/** The gzip bytes of every HTML, CSS and JS response until the page says it is interactive. */
async function measureBytes(browser, origin, page) {
  const context = await browser.newContext({ locale: page.lang === 'ja' ? 'ja-JP' : 'en-GB' });
  const tab = await context.newPage();
  const bodies = [];
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
  const files = (await Promise.all(bodies)).filter((f) => f !== null);
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

function printTable(results) {
  const header = ['figure', 'target', ...PAGES.map((p) => p.id)];
  const rows = [];
  const row = (name, target, f) => rows.push([name, target, ...PAGES.map((p) => f(results.pages[p.id]))]);
  row('HTML gzip KB', `≤ ${TARGETS.htmlKB}`, (r) => cell(kb(r.bytes.totals.html), 1, TARGETS.htmlKB, 'low'));
  row('CSS gzip KB', `≤ ${TARGETS.cssKB}`, (r) => cell(kb(r.bytes.totals.css), 1, TARGETS.cssKB, 'low'));
  row('JS gzip KB', `≤ ${TARGETS.jsKB}`, (r) => cell(kb(r.bytes.totals.js), 1, TARGETS.jsKB, 'low'));
  for (const c of CATEGORIES) row(`LH ${c}`, `≥ ${TARGETS[c]}`, (r) => cell(r.lighthouse.scores[c], 0, TARGETS[c], 'high'));
  row('LH FCP ms', '', (r) => cell(r.lighthouse.fcp, 0));
  row('LH LCP ms', '', (r) => cell(r.lighthouse.lcp, 0));
  row('LH TBT ms', '', (r) => cell(r.lighthouse.tbt, 0));
  row('LH CLS', '', (r) => cell(r.lighthouse.cls, 3));
  row('LH byte weight KB', '', (r) => cell(r.lighthouse.bytes === null ? null : kb(r.lighthouse.bytes), 1));
  row('LCP / plain copy', `≤ ${TARGETS.lcpRatio}`, (r) => (r.lcpRatio === undefined ? '' : cell(r.lcpRatio, 2, TARGETS.lcpRatio, 'low')));
  row('Continue → h1 ms', `≤ ${TARGETS.stepChangeMs}`, (r) => (r.stepChange === undefined ? '' : cell(r.stepChange.median, 0, TARGETS.stepChangeMs, 'low')));
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const r of rows) console.log(line(r));
  const plain = results.plain;
  console.log(`\nPlain copy of the source page (${PLAIN_PATH}): LH LCP ${cell(plain.lcp, 0)} ms, FCP ${cell(plain.fcp, 0)} ms (median of ${plain.runs}).`);
  console.log(
    `Lighthouse ${LIGHTHOUSE_RUNS} runs per page, median of each figure; bytes gzip (node:zlib, default level) of every response until ` +
      `document.documentElement.dataset.ready; Continue → h1: median of ${STEP_CHANGE_RUNS} at ${CPU_SLOWDOWN}× CPU slowdown. ` +
      'Timings are noisy on a shared machine.',
  );
  const checks = rows.flatMap((r) => r.slice(2)).filter((c) => /PASS|FAIL/.test(c));
  const failed = checks.filter((c) => c.endsWith('FAIL')).length;
  console.log(`\n${checks.length - failed} of ${checks.length} figures meet their targets.`);
}

async function main() {
  const started = Date.now();
  rmSync(join(RESULTS, 'lighthouse'), { recursive: true, force: true });
  mkdirSync(join(RESULTS, 'lighthouse'), { recursive: true });
  build();
  const port = await freePort();
  const { server, origin } = await startServer(port);
  log(`serving ${OUT}/ on ${origin} (pid ${server.pid})`);
  const stop = () => {
    if (server.exitCode === null) server.kill('SIGTERM');
  };
  let browser;
  let chromium;
  const stopChromium = async () => {
    if (!chromium) return;
    const { chrome, profile } = chromium;
    chromium = undefined;
    if (chrome.exitCode === null) {
      const exited = new Promise((resolve) => chrome.once('exit', resolve));
      chrome.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    }
    // Chromium's helpers can still be writing its cache as it exits: a leftover temporary
    // profile is not worth failing a finished benchmark for.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
    } catch (error) {
      console.warn(`Could not remove ${profile}: ${error.message}`);
    }
  };
  process.on('exit', () => {
    if (chromium?.chrome.exitCode === null) chromium.chrome.kill('SIGTERM');
    stop();
  });
  try {
    browser = await playwrightChromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
    const results = { date: new Date().toISOString(), origin, targets: TARGETS, pages: {}, plain: null };
    for (const page of PAGES) {
      results.pages[page.id] = { ...page, bytes: await measureBytes(browser, origin, page) };
    }
    log('bytes measured');
    for (const page of PAGES.filter((p) => p.kind === 'step')) {
      const times = await measureStepChange(browser, origin, page);
      results.pages[page.id].stepChange = { median: median(times), times };
    }
    log('step change measured');
    await browser.close();
    browser = undefined;

    // Interleaved, so that the plain copy and the pages share the machine's noise.
    const lhRuns = Object.fromEntries([...PAGES, PLAIN].map((p) => [p.id, []]));
    const debugPort = await freePort(port + 1);
    chromium = await startChromium(debugPort);
    for (let i = 0; i < LIGHTHOUSE_RUNS; i += 1) {
      for (const page of [PLAIN, ...PAGES]) {
        lhRuns[page.id].push(await lighthouseRun(origin + page.path, debugPort, `${page.id}-${i + 1}`));
      }
      log(`lighthouse round ${i + 1} of ${LIGHTHOUSE_RUNS} done`);
    }
    await stopChromium();
    results.plain = summarizeLighthouse(lhRuns.plain);
    for (const page of PAGES) {
      const summary = summarizeLighthouse(lhRuns[page.id]);
      results.pages[page.id].lighthouse = { ...summary, all: lhRuns[page.id] };
      if (page.kind === 'step') {
        results.pages[page.id].lcpRatio = summary.lcp !== null && results.plain.lcp ? summary.lcp / results.plain.lcp : null;
      }
    }
    results.plain.all = lhRuns.plain;
    results.seconds = Math.round((Date.now() - started) / 1000);
    printTable(results);
    writeFileSync(join(RESULTS, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
    log(`wrote ${RESULTS}/latest.json in ${results.seconds} s`);
  } finally {
    await browser?.close();
    await stopChromium();
    stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
