// What the build, the browser tests and the benchmark read from the environment, in one
// place so that they always agree.

/** The base path from BASE_PATH, always starting and ending with `/`: `/` or `/support/mail/`. */
export function basePath(raw = process.env.BASE_PATH ?? '/') {
  return `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
}

/** The folder the build writes to: OUT_DIR lets two runs (say a benchmark and tests) coexist. */
export function outDir() {
  return process.env.OUT_DIR ?? 'dist';
}

/** Debian's Chromium (TOOLCHAIN.md); tools' own browser downloads fail on these machines. The benchmark runs it: the browser customers run. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The browser suite's Chromium: Debian's chromium-headless-shell, the same version's Blink,
 * V8 and network stack without the full browser around them (what Playwright itself runs
 * headless). On two cores the suite at `/` took 11.8 min on it against 24.1 on the full browser
 * (1,033 tests, the same result).
 */
export const TEST_CHROMIUM_PATH = process.env.TEST_CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell';

/** Without the background-networking flags Chromium reaches for outside hosts (TOOLCHAIN.md). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where the site is published (SITE_ORIGIN), for absolute URLs; as src/prerender.tsx reads it. */
export function siteOrigin() {
  return (process.env.SITE_ORIGIN ?? 'http://localhost:4173').replace(/\/$/, '');
}
