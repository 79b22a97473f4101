// Runs the browser suite against the built files, once at `/` on a plain static server
// (serve) and once under a sub-path on Debian's nginx with the configuration the build
// writes and the README documents; right after the Chromium run at `/`, the key journeys in
// WebKit and Firefox (scripts/e2e-engines.mjs). Installs the Debian packages they need first
// when they are missing (scripts/debian-tools.mjs).
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { outDir } from './build-env.mjs';
import { CHROMIUM, ensureTools, NGINX_TOOL } from './debian-tools.mjs';
import { ENGINE_TOOLS, runEngines } from './e2e-engines.mjs';
import { startNginx } from './nginx-server.mjs';

ensureTools([CHROMIUM, NGINX_TOOL, ...ENGINE_TOOLS]);

/**
 * Under the sub-path the suite runs what the base path and the host can break: the specs about
 * links, assets, redirects, first paint, the static files and headers, and in the specs about a
 * page's content the tests tagged `@base-path` (deep links, redirects, the language switch,
 * links between pages). The exhaustive combinations, axe scans and small-screen sweeps, and the
 * checks of what a page says, do not depend on it and run once, at `/`.
 */
const BASE_PATH_SPECS = [
  'foundation', 'host', 'failures', 'no-javascript', 'hardening', 'budget', 'critical-css',
  'redirect-from-html', 'result-from-html', 'message-from-html', 'link-builder', 'open-on-phone',
];
const BASE_PATH_ONLY = ['--grep', `(?:^| )(?:${BASE_PATH_SPECS.join('|')})\\.spec\\.ts |@base-path`, '--grep-invert', '@exhaustive'];

rmSync('test-results', { recursive: true, force: true });
const bases = ['/', '/support/mail/'];
let passed = 0;
let failed = 0;
let exitCode = 0;
const run = (args, env) =>
  new Promise((done) => spawn(process.execPath, args, { stdio: 'inherit', env }).on('exit', (code) => done(code ?? 1)));
for (const base of bases) {
  const nginx = base !== '/';
  const env = { ...process.env, BASE_PATH: base, ...(nginx ? { E2E_SERVER: 'nginx', E2E_HOST: '127.0.0.1' } : {}) };
  console.log(`\n=== Build and browser tests with BASE_PATH=${base} on ${nginx ? 'nginx' : 'serve'} ===`);
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit', env });
  const out = outDir();
  // serve only looks for a 404 page at the web root; nginx is pointed at <base>404.html by its configuration.
  if (!nginx && base !== '/') copyFileSync(`${out}${base}404.html`, `${out}/404.html`);
  const port = Number(process.env.E2E_PORT ?? (base === '/' ? 4173 : 4174));
  const stop = nginx ? await startNginx({ out, base, port }) : null;
  const only = base === '/' ? [] : BASE_PATH_ONLY;
  try {
    if ((await run(['node_modules/@playwright/test/cli.js', 'test', ...only, ...process.argv.slice(2)], env)) !== 0) exitCode = 1;
  } finally {
    await stop?.();
  }
  // WebKit and Firefox run the key journeys once, at `/`: the base path does not depend on the engine.
  if (base === '/') {
    const engines = await runEngines(env);
    passed += engines.passed;
    failed += engines.failed;
    if (engines.code !== 0) exitCode = 1;
  }
  const tag = base === '/' ? 'root' : 'subpath';
  try {
    const { stats } = JSON.parse(readFileSync(`test-results/results-${tag}.json`, 'utf8'));
    passed += stats.expected;
    failed += stats.unexpected + (stats.flaky ?? 0);
  } catch {
    exitCode = 1;
  }
}
console.log(`\nBrowser tests (Chromium at both base paths, WebKit and Firefox at /): ${passed} passed, ${failed} failed`);
process.exit(exitCode);
