/**
 * The error watcher the engines' server puts first in each page's head when the engine's driver
 * reports no errors itself (WebKitWebDriver has no log and no BiDi: e2e/engines/webkit.ts).
 * It keeps what it sees in sessionStorage, so that a page the app itself loads afresh (after a
 * failed download) does not lose what the page before it saw; the test reads and empties it.
 * It sees what a page's own scripts can see: uncaught errors, unhandled rejections,
 * console.error, CSP violations and elements (scripts, stylesheets, preloads) that failed to
 * load. It cannot see what the engine logs only to its own console (a failed fetch() or
 * import() that the app catches shows as the app's own handling, not as a log line).
 */
export const WATCH_PATH = '/__engine-watch.js';
export const WATCH_KEY = '__engine-watch';

export const WATCH_SCRIPT = `(() => {
  const key = ${JSON.stringify(WATCH_KEY)};
  const note = (kind, text) => {
    try {
      const seen = JSON.parse(sessionStorage.getItem(key) || '[]');
      seen.push(kind + ': ' + String(text).slice(0, 500) + ' (' + location.pathname + ')');
      sessionStorage.setItem(key, JSON.stringify(seen));
    } catch (error) {
      (window.__engineWatch = window.__engineWatch || []).push(kind + ': ' + text);
    }
  };
  // Loads the browser drops because the page is being left are no failure of the page.
  let leaving = false;
  addEventListener('beforeunload', () => { leaving = true; });
  addEventListener('pagehide', () => { leaving = true; });
  addEventListener('pageshow', () => { leaving = false; });
  const describe = (value) => value instanceof Error ? value.name + ': ' + value.message : typeof value === 'string' ? value : JSON.stringify(value);
  addEventListener('error', (event) => {
    const target = event.target;
    if (target && target !== window && target instanceof Element) {
      if (!leaving) note('failed to load', target.tagName.toLowerCase() + ' ' + (target.getAttribute('src') || target.getAttribute('href') || ''));
    } else {
      note('uncaught error', event.error ? describe(event.error) : event.message);
    }
  }, true);
  addEventListener('unhandledrejection', (event) => note('unhandled rejection', describe(event.reason)));
  document.addEventListener('securitypolicyviolation', (event) => note('CSP violation', event.violatedDirective + ' ' + event.blockedURI));
  const error = console.error.bind(console);
  console.error = (...args) => {
    note('console error', args.map(describe).join(' '));
    error(...args);
  };
})();
`;
