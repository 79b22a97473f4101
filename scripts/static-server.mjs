// A static server for the benchmark that compresses nothing on the fly, as a storage bucket
// or nginx without `gzip on` would: it sends `<file>.br` or `<file>.gz` (written by
// scripts/precompress.mjs) when the request accepts them, as nginx's brotli_static and
// gzip_static do, and the file as it is otherwise. `--no-precompressed` sends every file as
// it is (a plain bucket). Folders serve their index.html; anything else missing, 404.html.
// Usage: node scripts/static-server.mjs <root> <port> [--no-precompressed]
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { CONTENT_TYPES } from './content-types.mjs';

const [root = 'dist', port = '4391'] = process.argv.slice(2);
const precompressed = !process.argv.includes('--no-precompressed');

function fileFor(pathname) {
  const path = join(root, normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, ''));
  if (existsSync(path) && statSync(path).isDirectory()) return existsSync(join(path, 'index.html')) ? join(path, 'index.html') : null;
  return existsSync(path) ? path : null;
}

createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (!pathname.endsWith('/') && !extname(pathname) && fileFor(`${pathname}/`)) {
    response.writeHead(301, { Location: `${pathname}/` }).end();
    return;
  }
  const found = fileFor(pathname);
  const file = found ?? join(root, '404.html');
  const headers = { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', Vary: 'Accept-Encoding' };
  const accepts = String(request.headers['accept-encoding'] ?? '');
  let body = file;
  for (const [encoding, ext] of [['br', '.br'], ['gzip', '.gz']]) {
    if (precompressed && accepts.includes(encoding) && existsSync(file + ext)) {
      body = file + ext;
      headers['Content-Encoding'] = encoding;
      break;
    }
  }
  response.writeHead(found ? 200 : 404, headers).end(readFileSync(body));
}).listen(Number(port));
