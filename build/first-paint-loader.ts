/**
 * The inline module that starts the app on every prerendered page (build/first-paint.ts
 * inlines it, transpiled and minified). It reads what to load from the page's
 * `<script type="application/json" id="first-paint">`, so that its own text, and so its hash
 * in the Content-Security-Policy, is the same on every page.
 *
 * It imports the entry once the browser reports the first contentful paint, so the
 * prerendered text is on screen before React is fetched and run; where paint timing is
 * missing, after the first frame; in a tab that never paints (opened in the background),
 * after two seconds all the same. When it starts, it names the page's other chunks
 * (`modulepreload`) so that they download beside the entry instead of after it has run. A
 * page whose content is drawn from the answers in the query (`eager`: a result) names them at
 * once, before the first paint: what the customer came for waits for them. Named in the HTML
 * itself they would download on every page before it paints, which Lighthouse charges to the
 * first paint. See docs/decisions/0002-first-paint-from-the-html.md and 0003.
 *
 * A result page's HTML also carries, as `<script type="application/json" id="early">`, the
 * part of the result the customer came for, rendered for every path through its flow, and
 * the decision diagram from answers to render (src/flow/decision.ts). When the URL's answers
 * reach the result, the loader puts that render into the page's `[data-early]` element at
 * once, and the app adopts it when it hydrates (docs/decisions/0006-results-paint-from-the-html.md).
 */
import type { Decision } from '../src/flow/decision';


export interface FirstPaintData {
  /** The entry module(s), imported after the first paint. */
  readonly scripts: readonly string[];
  /** The page's other chunks, named as modulepreload links. */
  readonly chunks: readonly string[];
  /** Name the chunks at once when the URL has a query: the page draws its content from it. */
  readonly eager: boolean;
}

/**
 * Which render the query's answers lead to, or undefined when they do not reach the result:
 * the URL contract's reading (readQuery, parseAnswers in src/flow/resolve.ts) — keys trimmed
 * and matched case-insensitively, the first occurrence wins, an empty value is no answer, a
 * value is trimmed and matched case-insensitively, anything else stops the walk.
 * src/flow/decision.test.ts holds it to resolve().
 */
export function follow(decision: Decision, search: string): number | undefined {
  const own = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);
  const given = new Map<string, string>();
  for (const [rawKey, rawValue] of new URLSearchParams(search)) {
    const key = rawKey.trim().toLowerCase();
    if (own(decision.options, key) && !given.has(key)) given.set(key, rawValue.trim().toLowerCase());
  }
  for (let at = decision.root, steps = 0; steps <= decision.nodes.length; steps++) {
    const node = decision.nodes[at];
    if (!node) return undefined;
    const [step, edges] = node;
    const value = given.get(step);
    const option = value === undefined ? -1 : (decision.options[step]?.indexOf(value) ?? -1);
    if (option === -1) return undefined;
    const target = typeof edges === 'number' ? edges : edges[option];
    if (target === undefined) return undefined;
    if (target < 0) return -target - 1;
    at = target;
  }
  return undefined;
}

/** The HTML of the render the query's answers lead to (its parts joined), or undefined when they do not reach the result. */
export function earlyHtml(decision: Decision, search: string): string | undefined {
  const found = follow(decision, search);
  return found === undefined ? undefined : decision.renders[found]?.map((part) => decision.parts[part]).join('');
}

/** Shows the render the answers lead to, if the page has them and they reach the result. */
function showEarly(): void {
  const text = document.getElementById('early')?.textContent;
  const place = document.querySelector('[data-early]');
  if (!text || !place || !location.search) return;
  const html = earlyHtml(JSON.parse(text) as Decision, location.search);
  if (html !== undefined) place.innerHTML = html;
}

/** Starts the page: what the loader does when the page runs it (a unit test only imports `follow`). */
function boot(): void {
  const element = document.getElementById('first-paint');
  const data = JSON.parse(element?.textContent ?? '{"scripts":[],"chunks":[],"eager":false}') as FirstPaintData;
  let named = false;
  let started = false;

  // Each link starts its download at once, which costs a slow phone a few milliseconds: one
  // link per task, so that naming fifteen chunks is no long task while the page is on screen.
  const name = (): void => {
    if (named) return;
    named = true;
    for (const href of data.chunks) {
      setTimeout(() => {
        const link = document.createElement('link');
        link.rel = 'modulepreload';
        link.crossOrigin = '';
        link.href = href;
        document.head.append(link);
      });
    }
  };

  const start = (): void => {
    if (started) return;
    started = true;
    for (const src of data.scripts) void import(/* @vite-ignore */ src);
    name();
  };

  // Whatever goes wrong there, the app still starts and draws the result itself.
  try {
    showEarly();
  } catch {
    // Nothing shown early.
  }
  if (data.eager && location.search) name();
  if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) start();
    }).observe({ type: 'paint', buffered: true });
    setTimeout(start, 2000);
  } else {
    requestAnimationFrame(() => setTimeout(start));
  }
}

if (typeof document !== 'undefined') boot();
