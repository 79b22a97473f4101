// Builds the static site into dist/<BASE_PATH>: vite build (which prerenders every route),
// then removes the server renderer, which browsers never load, writes the host's files and
// precompressed copies of every text file.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { basePath, outDir, siteOrigin } from './build-env.mjs';
import { writeDeployFiles } from './deploy-files.mjs';
import { precompress } from './precompress.mjs';

const base = basePath();
const out = outDir();

// vite-prerender-plugin renders every page from one fixed folder inside node_modules
// (vite-prerender-plugin/headless-prerender), which it empties first: two builds of one
// checkout at the same time (say a benchmark beside a test run, each with its own OUT_DIR)
// break each other's pages. So builds take turns; a lock left by a build that died is taken over.
const LOCK = 'node_modules/.build-lock';
const isRunning = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
};
function lock() {
  let told = false;
  for (;;) {
    try {
      writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    const holder = Number(readFileSync(LOCK, 'utf8'));
    // An empty file is a lock being written just now: its writer is alive.
    if (holder && !isRunning(holder)) {
      rmSync(LOCK, { force: true });
      continue;
    }
    if (!told) console.log(`Waiting for another build of this checkout (pid ${holder}) to finish…`);
    told = true;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
  }
}
function unlock() {
  try {
    if (readFileSync(LOCK, 'utf8') === String(process.pid)) rmSync(LOCK, { force: true });
  } catch {
    // already gone
  }
}

lock();
try {
  // emptyOutDir only empties dist/<base>: start from nothing when the base path changes.
  rmSync(out, { recursive: true, force: true });
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], { stdio: 'inherit', env: process.env });
} finally {
  unlock();
}

const assets = join(out, base, 'assets');
for (const file of readdirSync(assets)) {
  if (/^prerender-.*\.js$/.test(file)) rmSync(join(assets, file));
}
// The host's files: _headers, nginx.conf, sitemap.xml, robots.txt (README, "deploy").
writeDeployFiles({ out, base, origin: siteOrigin() });
// Last, so that the sitemap and the other written files are compressed too.
console.log(`Precompressed ${await precompress(join(out, base))} files (.br and .gz beside each, for gzip_static and brotli_static).`);
console.log(`Built for base path ${base}: deploy the folder ${out}${base}`);
if (!process.env.SITE_ORIGIN) {
  // src/prerender.tsx falls back to the local preview server for the absolute hreflang links.
  console.log('SITE_ORIGIN is not set: the hreflang links name http://localhost:4173. Set it (e.g. SITE_ORIGIN=https://www.example.jp) for a build you publish.');
}
