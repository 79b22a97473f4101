/**
 * Lets every prerendered page paint from its HTML alone, with no other request before it
 * (docs/decisions/0002-first-paint-from-the-html.md, 0003). Runs after the prerender, on the
 * finished HTML:
 * - the rules of the stylesheet the page needs before the app starts go into it as a <style>
 *   element (build/critical-css.ts), and the icon as a data: URL; the loader links the whole
 *   stylesheet when it starts the app;
 * - the entry script is not referenced by the parser: the loader (build/first-paint-loader.ts)
 *   imports it after the first contentful paint and names the page's other chunks, which it
 *   reads from a JSON element the build writes per page;
 * - both hashes go into the page's Content-Security-Policy (build/csp.ts), which moves to the
 *   top of <head> so that it covers them;
 * - every page of a flow gets the flow's other questions as templates (build/step-templates.ts).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifySync, transformWithOxc, type Plugin, type Rollup } from 'vite';
import { isLang } from '../src/app/paths';
import { appOfPage } from '../src/i18n/app-text';
import { appOfId } from '../src/troubleshoot/messages/apps';
import { NAMESPACE_FILE, onDemandNamespaces } from '../src/i18n/on-demand';
import { createHash } from 'node:crypto';
import type { FirstPaintData, MessageLinks, MessageRenders } from './first-paint-loader';
import { allowInline, sha256Source } from './csp';
import { withStepTemplates } from './step-templates';
import { criticalCss, drawnByTheLoader } from './critical-css';
import { dataBlock, readDataBlock } from './data-block';

type OutputChunk = Rollup.OutputChunk;

const LOADER_SOURCE = fileURLToPath(new URL('./first-paint-loader.ts', import.meta.url));
const POLICY = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/;

/** The loader as it goes into every page: transpiled, minified, the same text everywhere. */
export async function loaderScript(): Promise<string> {
  const { code } = await transformWithOxc(readFileSync(LOADER_SOURCE, 'utf8'), LOADER_SOURCE, { lang: 'ts' });
  const minified = minifySync('first-paint-loader.js', code, { compress: true, mangle: true });
  if (minified.errors.length > 0) throw new Error(`the loader does not minify: ${minified.errors[0]?.message}`);
  return minified.code.trim();
}

export interface PaintableOptions {
  /** Base path, e.g. `/support/mail/`. */
  readonly base: string;
  /** Stylesheets by output file name (relative to the base). */
  readonly stylesheets: ReadonlyMap<string, string>;
  /** The icon file's text for its href, or undefined to leave the link as it is. */
  readonly icon: (href: string) => string | undefined;
  /** The page's chunks beside the entry (absolute URLs), in the order it needs them. */
  readonly chunks: readonly string[];
  /** Whether the page draws its content from the query (a result). */
  readonly eager: boolean;
  /** The loader's text (loaderScript()). */
  readonly loader: string;
  /** What the loader may draw into the page, as HTML (drawnByTheLoader()): its rules are inlined too. */
  readonly drawn: readonly string[];
}

/** One page made paintable from its HTML alone; `inlined` names the stylesheets it took in. */
export async function makePaintable(source: string, options: PaintableOptions): Promise<{ html: string; inlined: string[] }> {
  let html = source;
  const found = html.match(POLICY);
  if (!found) throw new Error('the page has no Content-Security-Policy');
  let policy = found[1] as string;
  const inlined: string[] = [];

  for (const [fileName, text] of options.stylesheets) {
    const link = `<link rel="stylesheet" crossorigin href="${options.base}${fileName}">`;
    if (!html.includes(link)) continue;
    // Relative url()s would resolve against the page instead; a `</style` would end the element.
    if (/url\((?!["']?data:)|<\/style/i.test(text)) throw new Error(`${fileName} cannot be inlined as it is`);
    const css = (await criticalCss(html, text.trim(), options.drawn)).trim();
    html = html.replace(link, () => `<style>${css}</style>`);
    policy = allowInline(policy, 'style-src', [await sha256Source(css)]);
    inlined.push(fileName);
  }

  html = html.replace(/<link rel="icon" href="([^"]+\.svg)"([^>]*)>/, (tag, href: string, rest: string) => {
    const svg = options.icon(href);
    return svg === undefined ? tag : `<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(svg.trim())}"${rest}>`;
  });

  // The entry, and any chunk Vite names beside it: loaded by the loader, not by the parser.
  const entries = [...html.matchAll(/\s*<script type="module" crossorigin src="([^"]+)"><\/script>/g)];
  if (entries.length > 0) {
    const scripts = entries.map((entry) => entry[1] as string);
    const styles = inlined.map((fileName) => `${options.base}${fileName}`);
    const data: FirstPaintData = { scripts, styles, chunks: options.chunks.filter((href) => !scripts.includes(href)), eager: options.eager };
    for (const [tag] of entries.slice(1)) html = html.replace(tag, '');
    html = html
      .replace(/\s*<link rel="modulepreload" crossorigin href="[^"]+">/g, '')
      .replace((entries[0] as RegExpMatchArray)[0], () => `\n    ${dataBlock('first-paint', data)}\n    <script type="module">${options.loader}</script>`);
    policy = allowInline(policy, 'script-src', [await sha256Source(options.loader)]);
  }
  // A policy in a <meta> covers only what comes after it: it goes first, after the charset.
  html = html.replace(POLICY, '').replace(/<meta charset="[^"]*"\s*>/i, (charset) => `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${policy}">`);
  return { html, inlined };
}

/** The first path segment after the language, and the one after it: `ja/setup/result/index.html` → setup, result. */
function sectionOf(page: string): { lang: string; section: string; step: string } {
  const [lang = '', section = '', step = ''] = page.split('/');
  return { lang, section: section === 'index.html' ? '' : section, step: step === 'index.html' ? '' : step };
}

/**
 * The chunks a prerendered page runs, in the order it needs them: the entry, the page's own
 * route module (`src/routes/<first segment after the language>.tsx`, `home` for the
 * language's home page, as `src/app/routes.tsx` names them), the language's core text and
 * any text the page loads on demand, an app guide's text or a message's own page's table, each
 * with the chunks it imports. Pages outside a language (`/`, which only redirects, and the 404
 * page) need none ahead of time.
 */
export function chunksForPage(page: string, chunks: readonly OutputChunk[]): string[] {
  const { lang, section, step } = sectionOf(page);
  if (!isLang(lang)) return [];
  const bySource = (source: string) => {
    const chunk = chunks.find((c) => c.moduleIds.some((id) => id.replaceAll('\\', '/').endsWith(source)));
    if (!chunk) throw new Error(`${page}: no chunk for ${source}; a page's route module is named after its first path segment`);
    return chunk;
  };
  const messageApp = section === 'error' ? appOfId(step) : undefined;
  const entry = chunks.find((c) => c.isEntry);
  if (!entry) throw new Error('no entry chunk');
  const roots = [
    entry,
    bySource(`/src/routes/${section === '' ? 'home' : section}.tsx`),
    bySource(`/src/i18n/${lang}/core.ts`),
    ...onDemandNamespaces(section).map((ns) => bySource(`/src/i18n/${lang}/${NAMESPACE_FILE[ns]}.ts`)),
    // An app's guide page also has that app's own text (src/i18n/app-text.ts).
    ...(appOfPage(section, step) ? [bySource(`/src/i18n/${lang}/apps/${step}.ts`)] : []),
    // A message's own page hydrates with that message: its app's table.
    ...(messageApp ? [bySource(`/src/troubleshoot/messages/${messageApp}.ts`)] : []),
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
 * Pages whose content is drawn from the answers in the query once the app runs: the checker.
 * A flow's result paints what the customer came for from its HTML (src/flow/decision.ts), so
 * its chunks wait for the first paint like any page's.
 */
export function drawsFromQuery(page: string): boolean {
  return sectionOf(page).section === 'check';
}

/**
 * The error lookup's page carries every message's render (src/prerender-early.tsx), far more
 * than a page should before it paints: each goes into a file of its own, `<id>.txt` in a
 * folder named after what they all hold, and the page keeps only where they are
 * (`MessageLinks`), for its loader to fetch the one a link names. Not `.html`: hosts (and
 * `serve`) answer a request for `x.html` with a redirect to `x`, a round trip more.
 */
export function moveMessageRenders(html: string, lang: string, base: string): { html: string; files: Map<string, string> } {
  const block = readDataBlock(html, 'early');
  const data = block?.value as object | undefined;
  if (!block || !data || !('messages' in data)) return { html, files: new Map() };
  const { apps, messages } = data as MessageRenders;
  const hash = createHash('sha256').update(JSON.stringify(messages)).digest('hex').slice(0, 10);
  const folder = `assets/messages-${lang}-${hash}/`;
  const files = new Map(Object.entries(messages).map(([id, [, render]]) => [`${folder}${id}.txt`, render]));
  const links: MessageLinks = { apps, messages: Object.fromEntries(Object.entries(messages).map(([id, [app]]) => [id, app])), from: `${base}${folder}` };
  return { html: html.replace(block.tag, () => dataBlock('early', links)), files };
}

export function firstPaintFromHtmlAlone(base: string): Plugin {
  let publicDir = '';
  const dropped = new Set<string>();
  return {
    name: 'first-paint-from-html-alone',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    async generateBundle(_options, bundle) {
      const files = Object.values(bundle);
      const chunks = files.filter((file) => file.type === 'chunk');
      const stylesheets = new Map(files.filter((f) => f.type === 'asset' && f.fileName.endsWith('.css')).map((f) => [f.fileName, String((f as Rollup.OutputAsset).source)]));
      const icon = (href: string) => {
        const file = join(publicDir, href.slice(base.length));
        return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
      };
      const loader = await loaderScript();
      const inlined = new Set<string>();
      const htmlPages = files.filter((file): file is Rollup.OutputAsset => file.type === 'asset' && file.fileName.endsWith('.html'));
      try {
        const templated = withStepTemplates(new Map(htmlPages.map((page) => [page.fileName, String(page.source)])));
        for (const page of htmlPages) page.source = templated.get(page.fileName) ?? page.source;
      } catch (error) {
        this.error((error as Error).message);
      }
      for (const page of files) {
        if (page.type !== 'asset' || !page.fileName.endsWith('.html')) continue;
        try {
          const chunkUrls = chunksForPage(page.fileName, chunks).map((name) => `${base}${name}`);
          const moved = moveMessageRenders(String(page.source), sectionOf(page.fileName).lang, base);
          for (const [fileName, source] of moved.files) this.emitFile({ type: 'asset', fileName, source });
          const drawn = drawnByTheLoader(moved.html, moved.files.values());
          const result = await makePaintable(moved.html, { base, stylesheets, icon, chunks: chunkUrls, eager: drawsFromQuery(page.fileName), loader, drawn });
          page.source = result.html;
          result.inlined.forEach((name) => inlined.add(name));
        } catch (error) {
          this.error(`${page.fileName}: ${(error as Error).message}`);
        }
      }
      // A stylesheet in every page is loaded by the loader, not by Vite's preloads (see writeBundle).
      for (const name of inlined) dropped.add(name);
    },
    /**
     * A dynamic import's list of files to preload may name the inlined stylesheet (Vite lists
     * the entry's stylesheet for imports from other chunks, and fills those lists after
     * generateBundle): the loader links it, and the app waits for it (src/main.tsx), so in the
     * written files the list names the entry instead, which every page has already run (the
     * lists are indexed, so an entry is replaced, not removed).
     */
    writeBundle(options, bundle) {
      const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
      if (!entry || !options.dir) return;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const file = join(options.dir, chunk.fileName);
        const code = readFileSync(file, 'utf8');
        let named = code;
        for (const name of dropped) named = named.replaceAll(JSON.stringify(name), JSON.stringify(entry.fileName));
        if (named !== code) writeFileSync(file, named);
      }
    },
  };
}
