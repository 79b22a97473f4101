/** Every namespace of the ja text (the prerender and the types use them all; browsers load core.ts, then the rest on demand). */
import core from './core';
import errorLookup from './error-lookup';
import troubleshoot from './troubleshoot';

export default { ...core, troubleshoot, errorLookup };
