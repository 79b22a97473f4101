/** The per-app walkthroughs and the apps page in English, whole (see the ja file). */
import type { Translation } from '../../types';
import type ja from '../../ja/apps';
import android from './android';
import appleMail from './apple-mail';
import base from './base';
import becky from './becky';
import iosMail from './ios-mail';
import newOutlook from './new-outlook';
import outlook from './outlook';
import thunderbird from './thunderbird';

export default {
  ...base,
  outlook,
  'new-outlook': newOutlook,
  thunderbird,
  'apple-mail': appleMail,
  'ios-mail': iosMail,
  android,
  becky,
} satisfies Translation<typeof ja>;
