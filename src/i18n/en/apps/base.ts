/** The `apps` namespace as browsers load it, in English (see the ja file). */
import type { Translation } from '../../types';
import type ja from '../../ja/apps/base';
import common from './common';
import pages from './pages';

export default { common, ...pages } satisfies Translation<typeof ja>;
