/**
 * The part of the site's stylesheet a page needs before its app has started: the rules that
 * match its HTML and what its first script may draw into it (a question of its flow, a
 * question's error, a result's render, the error lookup's message), and the pages the app shows
 * when it cannot start. build/first-paint.ts inlines it instead of the whole stylesheet, which
 * the loader links when it starts the app and the app waits for before it renders
 * (docs/decisions/0010-a-redirect-draws-its-question-in-place.md). Beasties does the matching
 * (its selectors against the page's elements, `:hover` and the like kept with what they style).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Beasties from 'beasties';
import { readDataBlock } from './data-block';
import type { AnswerErrorParts, MessageRenders } from './first-paint-loader';
import type { Decision } from '../src/flow/decision';

/**
 * The components the app draws when a page cannot be shown (the network is gone, a chunk is
 * missing): their classes are kept on every page, for their stylesheet may be what failed.
 */
const WHEN_IT_CANNOT_START = ['../src/components/boot-error.tsx', '../src/components/error-page.tsx'].map((path) => fileURLToPath(new URL(path, import.meta.url)));

/** An element with every class named in those components' source. */
function classesOfErrorPages(): string {
  const names = new Set<string>();
  for (const file of WHEN_IT_CANNOT_START) {
    for (const [, list] of readFileSync(file, 'utf8').matchAll(/className="([^"]+)"/g)) for (const name of (list as string).split(/\s+/)) names.add(name);
  }
  return `<div class="${[...names].join(' ')}"></div>`;
}

/**
 * What the page's first script may draw into it, as HTML: the questions it carries
 * (build/step-templates.ts), the error of an answer that is not an option, a result's parts,
 * and `more` (the error lookup's messages, which live in files of their own).
 */
export function drawnByTheLoader(html: string, more: Iterable<string> = []): string[] {
  const drawn = [...html.matchAll(/<script type="text\/html"[^>]*>([\s\S]*?)<\/script>/g)].map((found) => found[1] as string);
  const route = readDataBlock(html, 'flow-route')?.value as { answerError?: AnswerErrorParts } | undefined;
  if (route?.answerError) {
    const { summary, line, fieldset } = route.answerError;
    drawn.push(summary, `<fieldset class="${fieldset}">${line}</fieldset>`);
  }
  const early = readDataBlock(html, 'early')?.value as Partial<Decision> | Partial<MessageRenders> | undefined;
  if (early && 'parts' in early && Array.isArray(early.parts)) drawn.push(...early.parts);
  drawn.push(...more);
  return drawn;
}

/**
 * `sel` with each `:where(…)` that holds one selector replaced by what it holds. Beasties strips
 * a pseudo-class with its argument before it matches, so Tailwind's `:where(.space-y-3>…)` (the
 * gaps between options) became an empty selector and was dropped: the page then moved when the
 * whole stylesheet arrived. `:where` adds nothing to whether a rule matches, only to its weight.
 */
export function unwrapWhere(sel: string): string {
  let out = '';
  let at = 0;
  for (let start = sel.indexOf(':where(', at); start !== -1; start = sel.indexOf(':where(', at)) {
    let depth = 0;
    let end = start + ':where('.length;
    let single = true;
    for (; end < sel.length; end++) {
      const char = sel[end];
      if (char === '(') depth++;
      else if (char === ',' && depth === 0) single = false;
      else if (char === ')' && depth-- === 0) break;
    }
    const inner = sel.slice(start + ':where('.length, end);
    out += sel.slice(at, start) + (single ? unwrapWhere(inner) : `:where(${inner})`);
    at = end + 1;
  }
  return out + sel.slice(at);
}

const matching = Beasties.prototype as unknown as { normalizeCssSelector(sel: string): string };

/** Beasties, matching what a single-selector `:where(…)` holds (`unwrapWhere`). */
class WhereAware extends Beasties {
  normalizeCssSelector(sel: string): string {
    return matching.normalizeCssSelector.call(this, unwrapWhere(sel));
  }
}

const beasties = new WhereAware({ external: false, reduceInlineStyles: true, mergeStylesheets: false, logLevel: 'warn' });

/** The rules of `css` that `html` (a whole page), `drawn` or the error pages use, in their order. */
export async function criticalCss(html: string, css: string, drawn: readonly string[]): Promise<string> {
  // Beasties matches below the root element only: a copy of its attributes lets `[lang=ja]` match.
  const root = html.match(/<html([^>]*)>/)?.[1] ?? '';
  const all = `${drawn.join('')}${classesOfErrorPages()}<div${root}></div>`;
  const page = html.replace(/<\/body>(?![\s\S]*<\/body>)/, () => `<div hidden>${all}</div></body>`);
  const withStyle = page.replace(/<\/head>/, () => `<style>${css}</style></head>`);
  const out = await beasties.process(withStyle);
  const kept = out.match(/<style>([\s\S]*?)<\/style>(?![\s\S]*<style>)/)?.[1];
  if (kept === undefined) throw new Error('the critical stylesheet was not found in what Beasties returned');
  return kept;
}
