/**
 * What every page with a walkthrough loads as the `apps` namespace: our own words and the apps
 * pages' text. Each app's own words come on their own, for that app only (src/i18n/app-text.ts).
 */
import common from './common';
import pages from './pages';

export default { common, ...pages };
