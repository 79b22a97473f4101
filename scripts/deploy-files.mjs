// The files a host needs beside the pages, written by the build (scripts/build.mjs):
// - <out>/_headers: the cache policy and security headers for Netlify and Cloudflare Pages,
//   which read it from the folder they publish (dist/);
// - <out>/nginx.conf: the same for nginx, a block to include in a server { };
// - <out><base>sitemap.xml and robots.txt: every page in both languages, for search engines.
// The headers are the ones a <meta> cannot set; each page's own Content-Security-Policy
// (with its script and style hashes) stays in its HTML. See README "Build for a sub-path and deploy".
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const LANGS = ['ja', 'en'];

/** Headers every response gets: no framing, no MIME sniffing, no referrer. */
export const SECURITY_HEADERS = [
  ['Content-Security-Policy', "frame-ancestors 'none'"],
  ['X-Frame-Options', 'DENY'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
];

/** Hashed files never change under their name; everything else is checked on every visit, so a new build is seen at once. */
export const CACHE = {
  hashed: 'public, max-age=31536000, immutable',
  other: 'no-cache',
};

/** Strict-Transport-Security for a host that serves only HTTPS: documented in the files, not switched on. */
const HSTS = ['Strict-Transport-Security', 'max-age=31536000'];

/**
 * Netlify / Cloudflare Pages `_headers`. Cloudflare joins the values of a header that two
 * matching rules set, so Cache-Control is set by rules that never overlap: the hashed
 * assets, and each page folder.
 */
export function headersFile(base) {
  const block = (path, headers) => [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const pages = [base, `${base}404.html`, `${base}sitemap.xml`, `${base}robots.txt`, ...LANGS.map((lang) => `${base}${lang}/*`)];
  return [
    '# Netlify and Cloudflare Pages: publish the folder this file is in. Written by scripts/deploy-files.mjs.',
    `# On HTTPS only, add to the first rule: ${HSTS.join(': ')}`,
    block(`${base}*`, SECURITY_HEADERS),
    block(`${base}assets/*`, [['Cache-Control', CACHE.hashed]]),
    ...pages.map((path) => block(path, [['Cache-Control', CACHE.other]])),
    '',
  ].join('\n\n');
}

/**
 * An nginx `location` for the site, to include in a `server { }` whose root holds the
 * contents of dist/. No SPA fallback: every page is a real index.html, and anything else
 * gets the bilingual 404 page with status 404. A folder asked for without its slash is
 * redirected to it, relative to the host asked (`absolute_redirect off`).
 */
export function nginxSnippet(base) {
  // add_header in an inner block replaces the outer ones, so each block lists them all;
  // `always` adds them to the 404 page and redirects too.
  const headers = (cache, indent) =>
    [...SECURITY_HEADERS, ['Cache-Control', cache]].map(([name, value]) => `${indent}add_header ${name} "${value}" always;`).join('\n');
  return `# nginx: the mail settings guide at ${base}. Written by scripts/deploy-files.mjs.
# Include inside your server { } block, whose root holds the contents of dist/
# (so that dist${base}index.html is <root>${base}index.html).
# On HTTPS only, add to both blocks: add_header ${HSTS[0]} "${HSTS[1]}" always;
location ${base} {
    absolute_redirect off;
    error_page 404 ${base}404.html;
${headers(CACHE.other, '    ')}

    location ${base}assets/ {
${headers(CACHE.hashed, '        ')}
    }
}
`;
}

/**
 * The pages of the site (path after the base, `ja/setup/client/`), read from the build: every
 * index.html under a language that has a heading of its own and is not marked to be left out (a flow's
 * later questions, results and folders, which without answers lead on to its first question).
 */
const isListed = (html) => /<h1[\s>]/.test(html) && !/<meta name="sitemap" content="leave-out"/.test(html);

export function builtPages(siteDir) {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html' && isListed(readFileSync(path, 'utf8'))) {
        found.push(`${relative(siteDir, dir).split(sep).join('/')}/`);
      }
    }
  };
  for (const lang of LANGS) walk(join(siteDir, lang));
  return found.sort();
}

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** sitemap.xml: each page in both languages, each naming its other language and x-default (the language picker), as its <head> does. */
export function sitemap(pages, { origin, base }) {
  const url = (path) => escapeXml(`${origin}${base}${path}`);
  const entries = pages.map((page) => {
    const rest = page.replace(/^(ja|en)\//, '');
    const links = [
      ...LANGS.map((lang) => `    <xhtml:link rel="alternate" hreflang="${lang}" href="${url(`${lang}/${rest}`)}"/>`),
      `    <xhtml:link rel="alternate" hreflang="x-default" href="${url('')}"/>`,
    ];
    return [`  <url>`, `    <loc>${url(page)}</loc>`, ...links, `  </url>`].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}

export function robots({ origin, base }) {
  return `User-agent: *\nAllow: /\n\nSitemap: ${origin}${base}sitemap.xml\n`;
}

/** Writes all four files for a build in `out` (dist/) for the base path `base`. */
export function writeDeployFiles({ out, base, origin }) {
  const siteDir = join(out, base);
  writeFileSync(join(out, '_headers'), headersFile(base));
  writeFileSync(join(out, 'nginx.conf'), nginxSnippet(base));
  writeFileSync(join(siteDir, 'sitemap.xml'), sitemap(builtPages(siteDir), { origin, base }));
  writeFileSync(join(siteDir, 'robots.txt'), robots({ origin, base }));
}
