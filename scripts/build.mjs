// Builds the static site into dist/<BASE_PATH>: vite build (which prerenders every route),
// then removes the server renderer, which browsers never load.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
// emptyOutDir only empties dist/<base>: start from nothing when the base path changes.
const out = process.env.OUT_DIR ?? 'dist';
rmSync(out, { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], { stdio: 'inherit', env: process.env });

const assets = join(out, base, 'assets');
for (const file of readdirSync(assets)) {
  if (/^prerender-.*\.js$/.test(file)) rmSync(join(assets, file));
}
console.log(`Built for base path ${base}: deploy the folder ${out}${base}`);
