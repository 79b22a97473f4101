import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { vitePrerenderPlugin } from 'vite-prerender-plugin';
import { basePath, outDir } from './scripts/build-env.mjs';
import { firstPaintFromHtmlAlone } from './build/first-paint';
import { prerenderRoutes } from './src/app/route-list';

/** The sub-path the site is served from, e.g. `/support/mail/`; always starts and ends with `/`. */
const base = basePath();

/**
 * react-router's package exports name only its development build, warnings and all
 * (remix-run/react-router#12532, #14102); its production build ships beside it. Builds use
 * that one (measured: 1.7 KB less, 0.6 KB gzip, and no development-only checks at run time);
 * the dev server keeps the warnings.
 */
/**
 * react-i18next imports `use-sync-external-store/shim`, a polyfill for React before 18
 * (0.4 KB gzip in every page's entry). React 19 has the hook itself: builds take React's.
 */
const useSyncExternalStoreFromReact = {
  find: /^use-sync-external-store\/shim$/,
  replacement: fileURLToPath(new URL('./src/app/use-sync-external-store.ts', import.meta.url)),
};

const reactRouterProduction = [
  { find: /^react-router$/, replacement: fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url)) },
  { find: /^react-router\/dom$/, replacement: fileURLToPath(new URL('./node_modules/react-router/dist/production/dom-export.mjs', import.meta.url)) },
];

export default defineConfig(({ command }) => ({
  base,
  resolve: { alias: command === 'build' ? [...reactRouterProduction, useSyncExternalStoreFromReact] : [] },
  build: {
    // dist/ is always the web root, dist/<base> the folder to deploy. (OUT_DIR lets two
    // builds run side by side, e.g. a benchmark beside a test run.)
    outDir: `${outDir()}${base}`,
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: {
      // A chunk another chunk asks for never needs the entry or the runtime preloaded: every
      // page has both before any of its code runs. The lists in the chunks get shorter (the
      // page's HTML keeps its own whole).
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'js' ? deps.filter((dep) => !/(^|\/)(main|rolldown-runtime)-[\w-]+\.js$/.test(dep)) : deps),
    },
  },
  plugins: [
    react(),
    tailwindcss(),
    vitePrerenderPlugin({ renderTarget: '#root', additionalPrerenderRoutes: prerenderRoutes() }),
    firstPaintFromHtmlAlone(base),
  ],
}));
