import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type Rollup } from 'vite';
import { vitePrerenderPlugin } from 'vite-prerender-plugin';
import { basePath, outDir } from './scripts/build-env.mjs';
import { isLang } from './src/app/paths';
import { prerenderRoutes } from './src/app/route-list';

type OutputChunk = Rollup.OutputChunk;

/** The sub-path the site is served from, e.g. `/support/mail/`; always starts and ends with `/`. */
const base = basePath();

/**
 * react-router's package exports name only its development build, warnings and all
 * (remix-run/react-router#12532, #14102); its production build ships beside it. Builds use
 * that one (measured: 1.7 KB less, 0.6 KB gzip, and no development-only checks at run time);
 * the dev server keeps the warnings.
 */
const reactRouterProduction = [
  { find: /^react-router$/, replacement: fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url)) },
  { find: /^react-router\/dom$/, replacement: fileURLToPath(new URL('./node_modules/react-router/dist/production/dom-export.mjs', import.meta.url)) },
];

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The inline module that starts the app: once the browser reports the page's first
 * contentful paint; where it cannot (no paint timing), after the first frame; in a tab that
 * never paints (opened in the background), after two seconds all the same.
 *
 * When it starts, it also names the page's other chunks (`modulepreload`), so they download
 * beside the entry instead of after it has run. A URL with a query string names them at once:
 * its HTML is the page without answers, so what the customer came for is drawn by the app,
 * and its download should not wait for a paint of the wrong content. (Named in the HTML
 * itself they would download on every page before it paints, which Lighthouse charges to the
 * first paint of pages whose text is already in the HTML.)
 */
function firstPaintLoader(scripts: readonly string[], chunks: readonly string[]): string {
  return [
    'let named=0,started=0;',
    `const name=()=>named++||${JSON.stringify(chunks)}.forEach((href)=>{const link=document.createElement("link");link.rel="modulepreload";link.crossOrigin="";link.href=href;document.head.append(link)});`,
    `const start=()=>started++||(name(),${JSON.stringify(scripts)}.forEach((src)=>import(src)));`,
    'if(location.search)name();',
    'if(PerformanceObserver.supportedEntryTypes?.includes("paint")){',
    'new PerformanceObserver((list)=>list.getEntriesByName("first-contentful-paint").length&&start()).observe({type:"paint",buffered:true});',
    'setTimeout(start,2000)}',
    'else requestAnimationFrame(()=>setTimeout(start))',
  ].join('');
}

/**
 * The chunks a prerendered page runs, in the order it needs them: the entry, the page's own
 * route module (`src/routes/<first segment after the language>.tsx`, `home` for the
 * language's home page, as `src/app/routes.tsx` names them) and the language's core text,
 * each with the chunks it imports. Pages outside a language (`/`, which only redirects, and
 * the 404 page) need none ahead of time.
 */
function chunksForPage(page: string, chunks: readonly OutputChunk[], fail: (message: string) => never): string[] {
  const [lang, section = ''] = page.split('/');
  if (!isLang(lang)) return [];
  const bySource = (source: string) => {
    const chunk = chunks.find((c) => c.moduleIds.some((id) => id.replaceAll('\\', '/').endsWith(source)));
    if (!chunk) fail(`${page}: no chunk for ${source}; a page's route module is named after its first path segment`);
    return chunk;
  };
  const entry = chunks.find((c) => c.isEntry);
  if (!entry) fail('no entry chunk');
  const roots = [
    entry,
    bySource(`/src/routes/${section === '' || section === 'index.html' ? 'home' : section}.tsx`),
    bySource(`/src/i18n/${lang}/core.ts`),
  ];
  const names: string[] = [];
  const visit = (chunk: OutputChunk) => {
    if (names.includes(chunk.fileName)) return;
    names.push(chunk.fileName);
    for (const name of chunk.imports) {
      const imported = chunks.find((c) => c.fileName === name);
      if (imported) visit(imported);
    }
  };
  roots.forEach(visit);
  return names;
}

/**
 * Lets every prerendered page paint from its HTML alone, with no other request before it
 * (measured with `npm run bench`: the step pages then paint about as soon as a plain HTML
 * copy of the source page's text):
 * - the stylesheet (about 5 KB gzip) goes into the page as a <style> element, and the
 *   icon (an SVG of a few hundred bytes) as a data: URL;
 * - the entry script is loaded by a small inline module that starts it only after the first
 *   contentful paint, so the prerendered text is on screen before React is fetched and run;
 *   the same module names the page's other chunks (see firstPaintLoader).
 * Both hashes are added to the page's Content-Security-Policy (written by src/prerender.tsx),
 * which moves to the top of <head>. Runs after the prerender, on the finished HTML.
 * See docs/decisions/0002-first-paint-from-the-html.md.
 */
function firstPaintFromHtmlAlone(): Plugin {
  let publicDir = '';
  return {
    name: 'first-paint-from-html-alone',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      const files = Object.values(bundle);
      const chunks = files.filter((file) => file.type === 'chunk');
      const inlined = new Set<string>();
      for (const page of files) {
        if (page.type !== 'asset' || !page.fileName.endsWith('.html')) continue;
        let html = String(page.source);
        const policy = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/;
        if (!policy.test(html)) this.error(`${page.fileName} has no Content-Security-Policy`);
        const addHash = (directive: 'script-src' | 'style-src', hash: string) => {
          html = html.replace(policy, (meta) => meta.replace(`${directive} 'self'`, `${directive} 'self' ${hash}`));
        };

        for (const sheet of files) {
          if (sheet.type !== 'asset' || !sheet.fileName.endsWith('.css')) continue;
          const link = `<link rel="stylesheet" crossorigin href="${base}${sheet.fileName}">`;
          if (!html.includes(link)) continue;
          const css = String(sheet.source).trim();
          // Relative url()s would resolve against the page instead; a `</style` would end the element.
          if (/url\((?!["']?data:)|<\/style/i.test(css)) this.error(`${sheet.fileName} cannot be inlined as it is`);
          html = html.replace(link, () => `<style>${css}</style>`);
          addHash('style-src', sha256(css));
          inlined.add(sheet.fileName);
        }

        html = html.replace(/<link rel="icon" href="([^"]+\.svg)"([^>]*)>/, (tag, href: string, rest: string) => {
          const file = join(publicDir, href.slice(base.length));
          if (!existsSync(file)) return tag;
          return `<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(readFileSync(file, 'utf8').trim())}"${rest}>`;
        });

        // The entry, and any chunk Vite names beside it: loaded by the loader, not by the parser.
        const entries = [...html.matchAll(/\s*<script type="module" crossorigin src="([^"]+)"><\/script>/g)];
        const preloads = /\s*<link rel="modulepreload" crossorigin href="[^"]+">/g;
        if (entries.length > 0) {
          const scripts = entries.map((entry) => entry[1] as string);
          const pageChunks = chunksForPage(page.fileName, chunks, (message) => this.error(message))
            .map((name) => `${base}${name}`)
            .filter((href) => !scripts.includes(href));
          const loader = firstPaintLoader(scripts, pageChunks);
          for (const [tag] of entries.slice(1)) html = html.replace(tag, '');
          html = html.replace(preloads, '').replace((entries[0] as RegExpMatchArray)[0], () => `\n    <script type="module">${loader}</script>`);
          addHash('script-src', sha256(loader));
        }
        // A policy in a <meta> covers only what comes after it: it goes first, after the charset.
        const meta = (html.match(policy) as RegExpMatchArray)[0];
        html = html.replace(meta, '').replace(/<meta charset="[^"]*"\s*>/i, (charset) => `${charset}\n    ${meta}`);
        page.source = html;
      }
      // A stylesheet now in every page is not shipped on its own, unless a script names it.
      const scripts = files.map((file) => (file.type === 'chunk' ? file.code : ''));
      for (const name of inlined) {
        // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- deleting from the bundle is how Rollup drops an output file
        if (!scripts.some((code) => code.includes(name))) delete bundle[name];
      }
    },
  };
}

export default defineConfig(({ command }) => ({
  base,
  resolve: { alias: command === 'build' ? reactRouterProduction : [] },
  build: {
    // dist/ is always the web root, dist/<base> the folder to deploy. (OUT_DIR lets two
    // builds run side by side, e.g. a benchmark beside a test run.)
    outDir: `${outDir()}${base}`,
    emptyOutDir: true,
    target: 'es2022',
  },
  plugins: [
    react(),
    tailwindcss(),
    vitePrerenderPlugin({ renderTarget: '#root', additionalPrerenderRoutes: prerenderRoutes() }),
    firstPaintFromHtmlAlone(),
  ],
}));
