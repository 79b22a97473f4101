/** Every namespace of the en text (the prerender and the types use them all; browsers load core.ts with the app, errors.ts is in the entry, the rest on demand). */
import core from './core';
import errorLookup from './error-lookup';
import errors from './errors';
import troubleshoot from './troubleshoot';

export default { ...core, errors, troubleshoot, errorLookup };
