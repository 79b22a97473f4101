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
 * page whose content is drawn from the answers in the query (`eager`: the checker) names its
 * entry and then its chunks at once, before the first paint, and starts at the paint as any
 * page: what the customer came for waits for the app, and the entry, the largest file, queued
 * behind a dozen chunks on the browser's six connections finished last (3.35 s of the 3.67 s
 * to the diagnosis, throttled). Linking the stylesheet before the paint too delayed the first
 * paint Lighthouse reckons from 0.65 to 1.35 s. Named in the HTML
 * itself they would download on every page before it paints, which Lighthouse charges to the
 * first paint. See docs/decisions/0002-first-paint-from-the-html.md and 0003.
 *
 * A result page's HTML also carries, as `<script type="application/json" id="early">`, the
 * part of the result the customer came for, rendered for every path through its flow, and
 * the decision diagram from answers to render (src/flow/decision.ts). When the URL's answers
 * reach the result, the loader puts that render into the page's `[data-early]` element at
 * once, and the app adopts it when it hydrates (docs/decisions/0006-results-paint-from-the-html.md).
 * A flow's page also carries its flow's steps (`<script type="application/json" id="flow-route">`):
 * a link the app would redirect is sent on to its page at once
 * (docs/decisions/0009-links-the-app-would-redirect.md).
 * One file, longer than most: it is inlined into every page as it is, without a bundler.
 *
 * The error lookup's HTML names where each message's render is (`?message=`): the loader
 * fetches that one at once and puts it there the same way
 * (docs/decisions/0008-a-message-link-paints-before-the-app.md).
 */
import type { Decision } from '../src/flow/decision';


export interface FirstPaintData {
  /** The entry module(s), imported after the first paint. */
  readonly scripts: readonly string[];
  /** The whole stylesheet(s), linked when the app starts: the page's <style> holds only what its HTML uses. */
  readonly styles: readonly string[];
  /** The page's other chunks, named as modulepreload links. */
  readonly chunks: readonly string[];
  /** Name the entry and the chunks at once when the URL has a query: the page draws its content from it. */
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
  const read = readRoute(decision, search);
  return read?.stop === 'result' ? read.render : undefined;
}

/** What the prerender writes into the error lookup's HTML: each message's app and render (src/prerender-early.tsx). */
export interface MessageRenders {
  readonly apps: readonly string[];
  readonly messages: Readonly<Record<string, readonly [app: string, html: string]>>;
}

/**
 * What the build puts in its place (build/first-paint.ts): each message's app, and the folder
 * where it wrote each message's render (HTML) as `<id>.txt`.
 */
export interface MessageLinks {
  /** The lookup's app choices: any other `?app=` is "don't know", which shows every app's messages. */
  readonly apps: readonly string[];
  /** Each message's id, and its app. */
  readonly messages: Readonly<Record<string, string>>;
  /** The folder of the renders, from the site's root (its name changes with what they hold). */
  readonly from: string;
}

/**
 * On the error lookup, the file of the message the query names, or undefined when the page
 * shows none, read as the page reads it (src/routes/error-lookup/app-choice.ts): the exact keys `message` and
 * `app`, their first values as they are; a message of another app than `?app=` names is not
 * shown, an `?app=` that is not a choice is "don't know". src/routes/error-lookup/early.test.ts
 * holds it to the page's own reading.
 */
export function messageFile(links: MessageLinks, search: string): string | undefined {
  const query = new URLSearchParams(search);
  const id = query.get('message');
  const app = query.get('app');
  if (id === null || !Object.prototype.hasOwnProperty.call(links.messages, id)) return undefined;
  return app === null || !links.apps.includes(app) || app === links.messages[id] ? `${links.from}${id}.txt` : undefined;
}

/** The HTML of the render the query's answers lead to (its parts joined), or undefined when they do not reach the result. */
export function earlyHtml(decision: Decision, search: string): string | undefined {
  const found = follow(decision, search);
  return found === undefined ? undefined : decision.renders[found]?.map((part) => decision.parts[part]).join('');
}

/** A flow's steps as a diagram (src/flow/decision.ts, every result one leaf), and the step of this page. */
export interface FlowRoute extends Pick<Decision, 'options' | 'nodes' | 'root'> {
  /** The page's step; `result` for the result, '' for the flow's own folder. */
  readonly step: string;
  /** On a question's page, how its error looks when the link's answer is not an option. */
  readonly answerError?: AnswerErrorParts;
}

/** Where the value the link held goes in AnswerErrorParts' HTML (a character of Unicode's private use). */
export const ANSWER_MARK = '\uE000';

/** A question's error for an answer that is not an option, as src/components/flow/question-page.tsx draws it (src/prerender-early.tsx). */
export interface AnswerErrorParts {
  /** The error summary above the form, its link's text holding ANSWER_MARK. */
  readonly summary: string;
  /** The error beside the field, likewise. */
  readonly line: string;
  /** What the page's title starts with while it shows an error. */
  readonly prefix: string;
  /** The fieldset's class while it shows an error. */
  readonly fieldset: string;
}

/** The raw value as resolve() echoes it back (src/flow/resolve.ts `echo`): cut to 40, ending in `…`. */
function echo(raw: string): string {
  if (raw.length <= 40) return raw;
  let cut = '';
  for (const char of raw) {
    if (cut.length + char.length > 39) break;
    cut += char;
  }
  return `${cut}…`;
}

/**
 * Where the app would send a visitor to this page with this query (src/flow/resolve.ts
 * `resolve`, which src/flow/route.test.ts holds it to): the step and canonical query, or
 * undefined when the page is the one to show. Keys trimmed and case-insensitive, the first
 * wins, an empty value is no answer; a value not an option stops the walk there, and is kept in
 * the query for that step to name; a step the answers do not reach leads to the furthest they do.
 */
export function redirectOf(route: FlowRoute, search: string): { readonly to: string; readonly query: string } | undefined {
  const read = readRoute(route, search);
  if (!read) return undefined;
  if (!read.reachable.includes(route.step)) return { to: read.stop, query: read.query };
  return read.query === (search === '?' ? '' : search) ? undefined : { to: route.step, query: read.query };
}

/**
 * Whether this page, shown as it is, names an answer of its own step that is not an option: the
 * app then draws it afresh with the error, instead of adopting the HTML and putting the error
 * above a question already on screen (which would move it).
 */
export function showsAnswerError(route: FlowRoute, search: string): boolean {
  const read = readRoute(route, search);
  return read !== undefined && read.error && read.stop === route.step && redirectOf(route, search) === undefined;
}

/**
 * The URL contract's reading of the query along the flow (resolve's parseAnswers, walk and
 * toQuery): the steps answered, where the answers stop (`result`, with the render the diagram
 * leads to), the canonical query, and whether the step they stop at holds an answer not an option.
 */
function readRoute(
  diagram: Pick<Decision, 'options' | 'nodes' | 'root'>,
  search: string,
): { reachable: string[]; stop: string; render?: number; query: string; error: boolean } | undefined {
  const { options, nodes } = diagram;
  const answers = new Map<string, string>();
  const invalid = new Map<string, string>();
  const seen = new Set<string>();
  for (const [rawKey, rawValue] of new URLSearchParams(search)) {
    const key = rawKey.trim().toLowerCase();
    if (!Object.prototype.hasOwnProperty.call(options, key) || seen.has(key)) continue;
    seen.add(key);
    if (rawValue.trim() === '') continue;
    const value = rawValue.trim().toLowerCase();
    if (options[key]?.includes(value)) answers.set(key, value);
    else invalid.set(key, echo(rawValue));
  }
  const path: string[] = [];
  let stop = '';
  let render: number | undefined;
  for (let at = diagram.root, steps = 0; steps <= nodes.length; steps++) {
    const node = nodes[at];
    if (!node) return undefined;
    const [step, edges] = node;
    const value = answers.get(step);
    if (value === undefined) {
      stop = step;
      break;
    }
    path.push(step);
    const target = typeof edges === 'number' ? edges : edges[options[step]?.indexOf(value) ?? -1];
    if (target === undefined) return undefined;
    if (target < 0) {
      stop = 'result';
      render = -target - 1;
      break;
    }
    at = target;
  }
  if (stop === '') return undefined;
  const params = new URLSearchParams();
  for (const step of path) params.set(step, answers.get(step) as string);
  const error = invalid.get(stop);
  if (error !== undefined) params.set(stop, error);
  const query = params.toString() ? `?${params.toString()}` : '';
  return { reachable: [...path, stop], stop, render, query, error: error !== undefined };
}

/**
 * Sends a link the app would redirect (an answer that is not an option, a step its answers do
 * not reach, answers out of order) to its page at once, as the app would, replacing this entry.
 * A question of the same flow is drawn here from the copy of it the page carries (build/step-templates.ts) and the
 * address replaced, with no second request; a page without one (the result) is loaded. The
 * question whose answer in the link is not an option shows that error at once
 * (docs/decisions/0010-a-redirect-draws-its-question-in-place.md). True when this page is left.
 */
function redirectEarly(): boolean {
  const text = document.getElementById('flow-route')?.textContent;
  if (!text) return false;
  const route = JSON.parse(text) as FlowRoute;
  const own = route.step === '' ? '' : `${route.step}/`;
  // Only the page's own address: another one (…/index.html) is left to the app.
  if (!location.pathname.endsWith(`/${own}`)) return false;
  const found = redirectOf(route, location.search);
  let step = route.step;
  if (found) {
    const to = `${location.pathname.slice(0, location.pathname.length - own.length)}${found.to}/${found.query}${location.hash}`;
    if (found.to !== step) {
      const main = document.getElementById('main');
      const source = document.querySelector<HTMLScriptElement>(`script[type="text/html"][data-step="${found.to}"]`);
      if (!source || !main) {
        location.replace(to);
        return true;
      }
      const template = document.createElement('template');
      template.innerHTML = source.textContent ?? '';
      main.replaceChildren(template.content);
      document.title = source.dataset.title ?? document.title;
      document.querySelector('#root header a[hreflang]')?.setAttribute('href', source.dataset.other ?? '');
      step = found.to;
    }
    history.replaceState(history.state, '', to);
  }
  if (showsAnswerError({ ...route, step }, location.search)) {
    const drawn = route.answerError && drawAnswerError(step, new URLSearchParams(location.search).get(step) ?? '', route.answerError);
    document.documentElement.setAttribute(drawn ? ANSWER_ERROR_DRAWN : DRAW_AFRESH, '');
  }
  return false;
}

/**
 * Draws the error of a question whose answer in the link is not an option as the app draws it
 * (src/components/flow/question-page.tsx): the summary above the form, the error beside the
 * field and "Error: " before the title; the app then hydrates it as it is
 * (src/components/flow/flow-route.tsx). e2e/redirect-from-html.spec.ts checks that it keeps
 * it. False when the page has no question to draw it on.
 */
function drawAnswerError(step: string, value: string, parts: AnswerErrorParts): boolean {
  const form = document.querySelector('#main form');
  const fieldset = form?.querySelector('fieldset');
  const first = fieldset?.querySelector('input');
  if (!form || !fieldset || !first) return false;
  const fill = (html: string): DocumentFragment => {
    const template = document.createElement('template');
    template.innerHTML = html;
    const walker = document.createTreeWalker(template.content, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) node.nodeValue = (node.nodeValue ?? '').replaceAll(ANSWER_MARK, value);
    return template.content;
  };
  const summary = fill(parts.summary);
  summary.querySelector('a')?.setAttribute('href', `#${first.id}`);
  const line = fill(parts.line);
  line.firstElementChild?.setAttribute('id', `${step}-error`);
  const hint = fieldset.querySelector(`[id="${step}-hint"]`);
  (hint ?? fieldset.querySelector('legend'))?.after(line);
  form.before(summary);
  fieldset.className = parts.fieldset;
  fieldset.setAttribute('aria-describedby', hint ? `${step}-hint ${step}-error` : `${step}-error`);
  document.title = `${parts.prefix}${document.title}`;
  return true;
}

/** Set on the root element for the app to draw the page afresh rather than adopt its HTML (src/main.tsx). */
const DRAW_AFRESH = 'data-draw-afresh';

/** Set on the root element when the loader drew the question's error, for the app to hydrate it (src/components/flow/flow-route.tsx). */
const ANSWER_ERROR_DRAWN = 'data-answer-error-drawn';

/** Set on the root element: the address (path and query) the page's HTML is drawn for (src/main.tsx). */
const DRAWN_FOR = 'data-drawn-for';

/** Set on a stylesheet's link once it has loaded or failed (src/main.tsx waits for it). */
const STYLESHEET_SETTLED = 'data-settled';

/** Set on the root element by the app just before it renders (src/main.tsx): from then on the page is the app's. */
const APP_STARTED = 'data-app-started';

/**
 * Shows the render the query leads to, if the page has them: a result the answers reach, at
 * once; the error lookup's message, once its file is here, unless the app has started by then
 * (it draws the message itself) or the file is gone (a newer build was published).
 */
function showEarly(): void {
  const text = document.getElementById('early')?.textContent;
  const place = document.querySelector('[data-early]');
  if (!text || !place || !location.search) return;
  const early = JSON.parse(text) as Decision | MessageLinks;
  if ('messages' in early) {
    const file = messageFile(early, location.search);
    if (!file) return;
    fetch(file)
      .then((response) => (response.ok ? response.text() : ''))
      .then((html) => {
        if (html && !document.documentElement.hasAttribute(APP_STARTED) && place.childElementCount === 0) place.innerHTML = html;
      })
      .catch(() => undefined);
    return;
  }
  const html = earlyHtml(early, location.search);
  if (html !== undefined) place.innerHTML = html;
}

/**
 * The language switch keeps the page and its answers (src/components/layout.tsx): its link,
 * prerendered without a query, gets the page's query here, so that it does not lose the answers
 * while the app is loading or hydrating (the app renders the same link once it has hydrated).
 */
function languageLinkKeepsQuery(): void {
  const link = document.querySelector('#root header a[hreflang]');
  const href = link?.getAttribute('href');
  if (!link || !href || !location.search || href.includes('?')) return;
  link.setAttribute('href', `${href}${location.search}`);
}

/** Starts the page: what the loader does when the page runs it (a unit test only imports `follow`). */
function boot(): void {
  const element = document.getElementById('first-paint');
  const data = JSON.parse(element?.textContent ?? '{"scripts":[],"styles":[],"chunks":[],"eager":false}') as FirstPaintData;
  let named = false;
  let started = false;

  // Each link starts its download at once, which costs a slow phone a few milliseconds: one
  // link per task, so that naming fifteen chunks is no long task while the page is on screen.
  const preload = (href: string): void => {
    setTimeout(() => {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.append(link);
    });
  };
  const name = (): void => {
    if (named) return;
    named = true;
    for (const href of data.chunks) preload(href);
  };

  const start = (): void => {
    if (started) return;
    started = true;
    // The app waits for each before it renders (src/main.tsx), loaded or failed.
    for (const href of data.styles) {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      const settled = () => link.setAttribute(STYLESHEET_SETTLED, '');
      link.addEventListener('load', settled);
      link.addEventListener('error', settled);
      document.head.append(link);
    }
    for (const src of data.scripts) void import(/* @vite-ignore */ src);
    name();
  };

  // Whatever goes wrong there, the app still starts, and redirects or draws the result itself.
  try {
    if (redirectEarly()) return;
  } catch {
    // The app redirects.
  }
  // The address the page is drawn for: one the visitor has gone to since (Back before the app
  // has started, which stays in this document) is drawn afresh by the app.
  document.documentElement.setAttribute(DRAWN_FOR, `${location.pathname}${location.search}`);
  try {
    languageLinkKeepsQuery();
  } catch {
    // The app sets the link when it has hydrated.
  }
  try {
    showEarly();
  } catch {
    // Nothing shown early.
  }
  if (data.eager && location.search) {
    for (const src of data.scripts) preload(src);
    name();
  }
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
