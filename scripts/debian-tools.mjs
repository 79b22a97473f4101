// The Debian programs the browser tests run: each one found at its path, or installed with
// apt-get when the tests run as root (CI, these machines), or else named with the command that
// installs it. Playwright's own browser downloads cannot be fetched here (TOOLCHAIN.md).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { TEST_CHROMIUM_PATH } from './build-env.mjs';
import { NGINX } from './nginx-server.mjs';

/** `env` names the variable that points the tests at another copy. */
export const CHROMIUM = {
  path: TEST_CHROMIUM_PATH,
  packages: ['chromium-headless-shell', 'fonts-ipafont-gothic'],
  what: "Chromium's headless shell",
  env: 'TEST_CHROMIUM_PATH',
};
export const NGINX_TOOL = { path: NGINX, packages: ['nginx'], what: 'nginx, which serves the sub-path run', env: 'NGINX_PATH' };
export const WEBKIT_DRIVER = {
  path: process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver',
  packages: ['webkit2gtk-driver'],
  what: 'WebKitWebDriver and its MiniBrowser, which run the journeys in WebKit',
  env: 'WEBKIT_DRIVER_PATH',
};
export const XVFB = { path: '/usr/bin/xvfb-run', packages: ['xvfb'], what: 'xvfb-run, the display WebKit runs on', env: null };
export const FIREFOX = { path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', packages: ['firefox-esr'], what: 'Firefox ESR', env: 'FIREFOX_PATH' };

/** Installs what is missing of `tools` (as root), or says how and exits. */
export function ensureTools(tools) {
  const missing = tools.filter((tool) => !existsSync(tool.path));
  if (missing.length === 0) return;
  const packages = [...new Set(missing.flatMap((tool) => tool.packages))];
  if (process.getuid?.() === 0) {
    console.log(`Not found: ${missing.map((tool) => tool.path).join(', ')}. Installing Debian's ${packages.join(', ')} (apt-get install)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
    return;
  }
  for (const tool of missing) {
    console.error(`No ${tool.what} at ${tool.path}. Install it (Debian: sudo apt-get install ${tool.packages.join(' ')})${tool.env ? ` or set ${tool.env} to its path` : ''}.`);
  }
  process.exit(1);
}
