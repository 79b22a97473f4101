// Runs the browser suite against the built files, once at `/` and once under a sub-path,
// each on a plain static server. Installs Debian's chromium first when none is found.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { CHROMIUM_PATH, outDir } from './build-env.mjs';

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

rmSync('test-results', { recursive: true, force: true });
const bases = ['/', '/support/mail/'];
let passed = 0;
let failed = 0;
let exitCode = 0;
for (const base of bases) {
  const env = { ...process.env, BASE_PATH: base };
  console.log(`\n=== Build and browser tests with BASE_PATH=${base} ===`);
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit', env });
  // Under a sub-path the host's own 404 setting must point at <base>404.html (README);
  // the plain test server only looks at the web root, so the file is put there too.
  const out = outDir();
  if (base !== '/') copyFileSync(`${out}${base}404.html`, `${out}/404.html`);
  // Under the sub-path the suite checks what the base path can break (links, assets,
  // redirects, the static files); the exhaustive combinations, axe scans and small-screen
  // sweeps do not depend on it and run once, at `/`, to keep CI short.
  const only = base === '/' ? [] : ['--grep-invert', '@exhaustive'];
  const run = spawnSync(process.execPath, ['node_modules/@playwright/test/cli.js', 'test', ...only, ...process.argv.slice(2)], { stdio: 'inherit', env });
  if (run.status !== 0) exitCode = 1;
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
