/**
 * The en namespaces every page loads with the app, as one chunk: all but troubleshoot, which
 * only the troubleshooting and support pages use and which the browser fetches when one of
 * them first asks for it (src/i18n/i18n.ts).
 */
import common from './common';
import flow from './flow';
import home from './home';
import notFound from './not-found';
import reference from './reference';
import result from './result';
import steps from './steps';
import sheet from './sheet';
import support from './support';

export default { common, flow, home, notFound, reference, result, sheet, steps, support };
