import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { vitePrerenderPlugin } from 'vite-prerender-plugin';
import { prerenderRoutes } from './src/app/route-list';

/** The sub-path the site is served from, e.g. `/support/mail/`; always starts and ends with `/`. */
function basePath(): string {
  const raw = process.env.BASE_PATH ?? '/';
  return `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
}

const base = basePath();

export default defineConfig({
  base,
  build: {
    // dist/ is always the web root, dist/<base> the folder to deploy. (OUT_DIR lets two
    // builds run side by side, e.g. a benchmark beside a test run.)
    outDir: `${process.env.OUT_DIR ?? 'dist'}${base}`,
    emptyOutDir: true,
    target: 'es2022',
  },
  plugins: [
    react(),
    tailwindcss(),
    vitePrerenderPlugin({ renderTarget: '#root', additionalPrerenderRoutes: prerenderRoutes() }),
  ],
});
