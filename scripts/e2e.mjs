// Runs the browser suite against the built files, once at `/` on a plain static server
// (serve) and once under a sub-path on Debian's nginx with the configuration the build
// writes and the README documents. Installs Debian's chromium first when none is found.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { CHROMIUM_PATH, outDir } from './build-env.mjs';
import { NGINX, startNginx } from './nginx-server.mjs';

const chromium = CHROMIUM_PATH;
if (!existsSync(chromium)) {
  if (process.getuid?.() === 0) {
    console.log('No browser found: installing Debian chromium (apt-get install chromium)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-ipafont-gothic'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } else {
    console.error(`No browser at ${chromium}. Install Chromium (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH to its path.`);
    process.exit(1);
  }
}

if (!existsSync(NGINX)) {
  if (process.getuid?.() === 0) {
    console.log('No nginx found: installing Debian nginx (apt-get install nginx)…');
    execFileSync('apt-get', ['install', '-y', '-qq', 'nginx'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } else {
    console.error(`No nginx at ${NGINX}, which serves the sub-path run. Install it (Debian: sudo apt-get install nginx) or set NGINX_PATH to its path.`);
    process.exit(1);
  }
}

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
  // Under the sub-path the suite checks what the base path and the host can break (links,
  // assets, redirects, the static files, headers); the exhaustive combinations, axe scans and
  // small-screen sweeps do not depend on them and run once, at `/`, to keep CI short.
  const only = base === '/' ? [] : ['--grep-invert', '@exhaustive'];
  try {
    if ((await run(['node_modules/@playwright/test/cli.js', 'test', ...only, ...process.argv.slice(2)], env)) !== 0) exitCode = 1;
  } finally {
    await stop?.();
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
console.log(`\nBrowser tests (both base paths): ${passed} passed, ${failed} failed`);
process.exit(exitCode);
