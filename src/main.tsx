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
import { createBrowserRouter, matchRoutes } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { BASENAME } from './app/basename';
import { isLang } from './app/paths';
import { preferredLang } from './app/preferred-lang';
import { routes } from './app/routes';
import { createI18n, loadResources } from './i18n/i18n';
import { onDemandNamespaces } from './i18n/on-demand';

async function boot(): Promise<void> {
  const inApp = window.location.pathname.slice(BASENAME === '/' ? 0 : BASENAME.length);
  const [, segment, section = ''] = inApp.split('/');
  const lang = isLang(segment) ? segment : preferredLang(navigator.languages);

  // Resolve the matched lazy routes before rendering, so the first render matches the HTML.
  const matches = matchRoutes(routes, window.location, BASENAME) ?? [];
  const [resources] = await Promise.all([
    // With the text this page loads on demand, so that its first render matches the HTML.
    loadResources(lang, onDemandNamespaces(section)),
    ...matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const module = await route.lazy();
      Object.assign(route, module, { lazy: undefined });
    }),
  ]);

  const router = createBrowserRouter(routes, { basename: BASENAME });
  const app = (
    <StrictMode>
      <I18nextProvider i18n={createI18n(lang, resources)}>
        <RouterProvider router={router} />
      </I18nextProvider>
    </StrictMode>
  );
  const container = document.getElementById('root');
  if (!container) return;
  // Every page hydrates its HTML, a URL with answers too: a flow page first renders what was
  // prerendered and then what the answers change (src/components/flow/flow-route.tsx). The
  // checker, which fills its form from the query, and the static 404 page render afresh.
  const prerenderedAsIs = (window.location.search === '' || section !== 'check') && !container.querySelector('[data-static-404]');
  // As a transition, React works in slices of a few milliseconds and lets the browser handle
  // input in between, instead of in one long task while the page is already on screen.
  startTransition(() => {
    if (prerenderedAsIs) hydrateRoot(container, app);
    else createRoot(container).render(app);
  });
}

if (typeof window !== 'undefined' && typeof document !== 'undefined') void boot();

export async function prerender(data: { url: string }) {
  const { prerender: render } = await import('./prerender');
  return render(data);
}
