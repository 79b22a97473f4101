/** Every namespace of the ja text (the prerender and the types use them all; browsers load core.ts with the app, errors.ts is in the entry, the rest on demand: src/i18n/on-demand.ts). */
import apps from './apps';
import core from './core';
import errorLookup from './error-lookup';
import errors from './errors';
import exports from './exports';
import reference from './reference';
import share from './share';
import sheet from './sheet';
import support from './support';
import troubleshoot from './troubleshoot';

export default { ...core, errors, troubleshoot, errorLookup, sheet, reference, support, apps, share, exports };
