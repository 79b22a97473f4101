import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, TEST_CHROMIUM_PATH, basePath, outDir } from './scripts/build-env.mjs';

/** The base path the site was built for (BASE_PATH), e.g. `/` or `/support/mail/`. */
const base = basePath();
const out = outDir();
const port = Number(process.env.E2E_PORT ?? (base === '/' ? 4173 : 4174));
const tag = base === '/' ? 'root' : 'subpath';
/** `nginx` when scripts/e2e.mjs has started nginx on the port (scripts/nginx-server.mjs); otherwise serve is started here. */
const server = process.env.E2E_SERVER ?? 'serve';
const host = process.env.E2E_HOST ?? 'localhost';

export default defineConfig({
  testDir: 'e2e',
  // WebKit and Firefox run their own journeys with vitest (vitest.engines.config.ts).
  testIgnore: ['engines/**'],
  fullyParallel: true,
  workers: process.env.CI ? 2 : 3,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: `test-results/results-${tag}.json` }]],
  outputDir: `test-results/${tag}`,
  use: {
    baseURL: `http://${host}:${port}${base}`,
    locale: 'ja-JP',
    launchOptions: {
      executablePath: TEST_CHROMIUM_PATH,
      args: [...CHROMIUM_FLAGS],
    },
  },
  // A plain static server with no SPA fallback: deep links must work from the files alone.
  webServer: server !== 'serve' ? undefined : {
    command: `node node_modules/serve/build/main.js ${out} --listen ${port} --no-port-switching --no-clipboard`,
    url: `http://localhost:${port}${base}ja/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
