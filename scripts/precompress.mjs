// Writes `<file>.br` and `<file>.gz` beside every text file of the build (HTML, scripts,
// styles, SVG, XML, JSON, text), for hosts that serve precompressed files instead of
// compressing on the fly (nginx gzip_static / brotli_static; README, "Hosting"). On a host
// that sends files as they are, a result page took 3.9 s to paint under Lighthouse's mobile
// throttling against 2.1 s gzipped (issue 15). A compressed copy that is not smaller is not
// written. Run at the end of scripts/build.mjs.
//
// zlib's callback forms compress on libuv's thread pool, so the files are compressed on every
// core at once (on two cores, 21 s instead of 40 for about 660 files).
import { readdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const TEXT = /\.(html|js|mjs|css|svg|xml|json|txt|webmanifest)$/;
const gz = promisify(gzip);
const br = promisify(brotliCompress);

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (TEXT.test(name)) yield path;
  }
}

/** Compresses every text file under `dir`; resolves to how many compressed files it wrote. */
export async function precompress(dir) {
  const written = await Promise.all(
    [...files(dir)].map(async (path) => {
      const raw = await readFile(path);
      const copies = await Promise.all([
        gz(raw, { level: 9 }).then((body) => ['.gz', body]),
        br(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }).then((body) => ['.br', body]),
      ]);
      const smaller = copies.filter(([, body]) => body.length < raw.length);
      await Promise.all(smaller.map(([ext, body]) => writeFile(path + ext, body)));
      return smaller.length;
    }),
  );
  return written.reduce((sum, count) => sum + count, 0);
}
