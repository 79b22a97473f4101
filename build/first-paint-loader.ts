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
 */

export interface FirstPaintData {
  /** The entry module(s), imported after the first paint. */
  readonly scripts: readonly string[];
  /** The page's other chunks, named as modulepreload links. */
  readonly chunks: readonly string[];
  /** Name the chunks at once when the URL has a query: the page draws its content from it. */
  readonly eager: boolean;
}

const element = document.getElementById('first-paint');
const data = JSON.parse(element?.textContent ?? '{"scripts":[],"chunks":[],"eager":false}') as FirstPaintData;
let named = false;
let started = false;

function name(): void {
  if (named) return;
  named = true;
  for (const href of data.chunks) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
}

function start(): void {
  if (started) return;
  started = true;
  name();
  for (const src of data.scripts) void import(/* @vite-ignore */ src);
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
