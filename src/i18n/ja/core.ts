/**
 * The ja namespaces every page loads with the app, as one chunk. The text of only a few
 * pages (the setup result's own text, the server table, the support page, troubleshooting and
 * the error lookup) is loaded on demand instead (src/i18n/on-demand.ts), so that no page
 * downloads another page's text.
 */
import common from './common';
import flow from './flow';
import home from './home';
import notFound from './not-found';
import result from './result';
import steps from './steps';

export default { common, flow, home, notFound, result, steps };
