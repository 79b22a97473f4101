// Writes `<file>.br` and `<file>.gz` beside every text file of the build (HTML, scripts,
// styles, SVG, XML, JSON, text), for hosts that serve precompressed files instead of
// compressing on the fly (nginx gzip_static / brotli_static; README, "Hosting"). On a host
// that sends files as they are, a result page took 3.9 s to paint under Lighthouse's mobile
// throttling against 2.1 s gzipped (issue 15). A compressed copy that is not smaller is not
// written. Run at the end of scripts/build.mjs.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = /\.(html|js|mjs|css|svg|xml|json|txt|webmanifest)$/;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (TEXT.test(name)) yield path;
  }
}

/** Compresses every text file under `dir`; returns how many files and bytes it wrote. */
export function precompress(dir) {
  let count = 0;
  for (const path of files(dir)) {
    const raw = readFileSync(path);
    const copies = [
      ['.gz', gzipSync(raw, { level: 9 })],
      ['.br', brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })],
    ];
    for (const [ext, body] of copies) {
      if (body.length >= raw.length) continue;
      writeFileSync(path + ext, body);
      count += 1;
    }
  }
  return count;
}
