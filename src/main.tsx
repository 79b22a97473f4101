/**
 * The browser entry: picks the language from the URL, loads only that language's text and
 * the current page's code, then hydrates the prerendered HTML. Each page's HTML loads it only
 * after its first paint (see build/first-paint.ts). It also exports
 * `prerender()`, which vite-prerender-plugin calls at build time for every route.
 */
import './index.css';
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { matchRoutes } from 'react-router';
import { AppRouter, createAppRouter } from './app/app-router';
import { BASENAME } from './app/basename';
import { classify } from './app/load-failure';
import { isLang, type Lang } from './app/paths';
import { preferredLang } from './app/preferred-lang';
import { createRoutes } from './app/routes';
import { BootError } from './components/boot-error';
import { beginHydration, HydrationDone } from './components/use-hydrated';
import { createI18n, loadResources, setAppI18n, type CoreResources } from './i18n/i18n';
import { onDemandNamespaces } from './i18n/on-demand';

/** Pages whose HTML (without a query) is not what they draw for their query. */
const DRAWN_FROM_QUERY = new Set(['check']);

/**
 * Ends the current task, so that the browser can paint and handle input before the next step
 * of the start-up: on a slow phone each step (evaluating the stack, matching the routes,
 * creating the router) is then a task of its own instead of one long one.
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/**
 * The whole stylesheet, which the page's first script links when it starts the app: the page's
 * own <style> holds only the rules its HTML uses (build/critical-css.ts), and what the app draws
 * may need others. Resolves once each link has loaded or failed (the first script marks it
 * `data-settled`), or after five seconds: a page whose stylesheet did not come still starts.
 */
function stylesheetsSettled(): Promise<void> {
  const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
  const settled = links.map((link) =>
    link.sheet !== null || link.hasAttribute('data-settled')
      ? undefined
      : new Promise<void>((resolve) => {
          link.addEventListener('load', () => resolve());
          link.addEventListener('error', () => resolve());
        }),
  );
  return Promise.race([Promise.all(settled).then(() => undefined), new Promise<void>((resolve) => setTimeout(resolve, 5000))]);
}

async function boot(): Promise<void> {
  await nextTask();
  const inApp = window.location.pathname.slice(BASENAME === '/' ? 0 : BASENAME.length);
  const [, segment, section = '', page] = inApp.split('/');
  const lang = isLang(segment) ? segment : preferredLang(navigator.languages);
  const container = document.getElementById('root');
  if (!container) return;

  // Resolve the matched lazy routes before rendering, so the first render matches the HTML.
  // A route whose code fails to download is left to the router, whose error page handles it.
  const routes = createRoutes();
  const matches = matchRoutes(routes, window.location, BASENAME) ?? [];
  let allLoaded = true;
  const [text] = await Promise.allSettled([
    // With the text this page loads on demand, so that its first render matches the HTML.
    loadResources(lang, onDemandNamespaces(section), section, page),
    stylesheetsSettled(),
    ...matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      try {
        const module = await route.lazy();
        Object.assign(route, module, { lazy: undefined });
      } catch (error) {
        allLoaded = false;
        console.error(error);
      }
    }),
  ]);
  if (text.status === 'rejected') {
    showBootError(container, lang, text.reason);
    return;
  }
  await nextTask();
  const i18n = createI18n(lang, text.value);
  setAppI18n(i18n);
  await nextTask();
  const router = createAppRouter(routes);

  // Vite's loader fires this event for a failed import and for a failed stylesheet preload,
  // then fails the import unless the event is cancelled. A failed import is left to fail: the
  // route's error page knows the URL asked for and reloads it, or says the network is gone.
  // A stylesheet that failed in passing (none today: the loader links the stylesheet, not Vite)
  // should not stop the page, so its import is tried all the same.
  window.addEventListener('vite:preloadError', (event) => {
    const error = (event as Event & { payload?: unknown }).payload;
    if (error instanceof Error && error.message.startsWith('Unable to preload CSS')) {
      console.warn(error);
      event.preventDefault();
    }
  });

  const app = (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <AppRouter initial={router} />
      </I18nextProvider>
      <HydrationDone />
    </StrictMode>
  );
  // Every page hydrates its HTML, a URL with answers too: a flow page first renders what was
  // prerendered and then what the answers change (src/components/flow/flow-route.tsx), the error
  // lookup what its HTML shows and then the query's app and message (src/routes/error.tsx). The
  // checker, which fills its form from the query, a question whose link holds an answer that
  // is not an option where the loader could not draw its error, the static 404 page and a page whose
  // code failed render afresh; so does a page opened by another address of its file
  // (…/client/index.html on a host that serves it as it is), where the router draws another page,
  // and one whose address changed before the app started.
  const atItsFolder = window.location.pathname.endsWith('/');
  // The address the first script found the page at (build/first-paint-loader.ts): Back or
  // Forward before the app started leaves the HTML of another page on screen.
  const drawnFor = document.documentElement.getAttribute('data-drawn-for');
  const prerenderedAsIs =
    allLoaded &&
    atItsFolder &&
    (drawnFor === null || drawnFor === `${window.location.pathname}${window.location.search}`) &&
    (window.location.search === '' || !DRAWN_FROM_QUERY.has(section)) &&
    // A question whose error for an answer not an option the loader could not draw (it says so).
    !document.documentElement.hasAttribute('data-draw-afresh') &&
    !container.querySelector('[data-static-404]');
  // From now on the page is the app's: the loader puts nothing more into it (build/first-paint-loader.ts).
  document.documentElement.setAttribute('data-app-started', '');
  if (prerenderedAsIs) beginHydration();
  // As a transition, React works in slices of a few milliseconds and lets the browser handle
  // input in between, instead of in one long task while the page is already on screen.
  startTransition(() => {
    if (prerenderedAsIs) hydrateRoot(container, app);
    else createRoot(container).render(app);
  });
}

/**
 * The language's text could not be downloaded, so the app cannot start: a page of the old
 * build is reloaded once; otherwise the prerendered page stays on screen (its values still
 * readable and copyable) under a notice that says why nothing responds, with "Try again".
 */
function showBootError(container: HTMLElement, lang: Lang, error: unknown): void {
  console.error(error);
  const main = container.querySelector('main') ?? container;
  const matchesHtml = window.location.search === '' && !container.querySelector('[data-static-404]');
  const slot = document.createElement('div');
  if (matchesHtml) main.prepend(slot);
  else container.replaceChildren(slot);
  const i18n = createI18n(lang, {} as Partial<CoreResources>);
  const root = createRoot(slot);
  const render = (kind: Parameters<typeof BootError>[0]['kind']) =>
    root.render(
      <I18nextProvider i18n={i18n}>
        <BootError kind={kind} lang={lang} asNotice={matchesHtml} />
      </I18nextProvider>,
    );
  render('checking');
  void classify(error).then(render);
}

if (typeof window !== 'undefined' && typeof document !== 'undefined') void boot();

export async function prerender(data: { url: string }) {
  const { prerender: render } = await import('./prerender');
  return render(data);
}
