// The key journeys in WebKit and Firefox (e2e/engines/), on the site built for `/`: run by
// scripts/e2e.mjs right after the Chromium run at `/`, or alone (`npm run e2e:engines`, which
// builds first). Installs Debian's webkit2gtk-driver, xvfb and firefox-esr when missing.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureTools, FIREFOX, WEBKIT_DRIVER, XVFB } from './debian-tools.mjs';

export const ENGINE_TOOLS = [WEBKIT_DRIVER, XVFB, FIREFOX];
const RESULTS = 'test-results/results-engines.json';

/** Runs the engine journeys against `dist/` (built for `/`); resolves with their counts. */
export async function runEngines(env = process.env) {
  ensureTools(ENGINE_TOOLS);
  rmSync('test-results/engines', { recursive: true, force: true });
  rmSync(RESULTS, { force: true });
  const started = Date.now();
  const code = await new Promise((done) =>
    spawn(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--config', 'vitest.engines.config.ts'], { stdio: 'inherit', env }).on('exit', (exit) => done(exit ?? 1)),
  );
  const seconds = Math.round((Date.now() - started) / 1000);
  try {
    const { numPassedTests, numFailedTests } = JSON.parse(readFileSync(RESULTS, 'utf8'));
    console.log(`WebKit and Firefox journeys: ${numPassedTests} passed, ${numFailedTests} failed in ${seconds} s (screenshots in test-results/engines/)`);
    return { code, passed: numPassedTests, failed: numFailedTests };
  } catch {
    console.error(`The engine journeys wrote no results (${RESULTS}).`);
    return { code: code || 1, passed: 0, failed: 0 };
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--build')) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit', env: { ...process.env, BASE_PATH: '/' } });
  const { code } = await runEngines({ ...process.env, BASE_PATH: '/' });
  process.exit(code);
}
