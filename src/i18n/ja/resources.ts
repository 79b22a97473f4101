/** Every namespace of the ja text, loaded as one chunk: a page only ever needs its own language. */
import common from './common';
import flow from './flow';
import home from './home';
import notFound from './not-found';
import reference from './reference';
import result from './result';
import steps from './steps';
import sheet from './sheet';
import support from './support';
import troubleshoot from './troubleshoot';

export default { common, flow, home, notFound, reference, result, sheet, steps, support, troubleshoot };
