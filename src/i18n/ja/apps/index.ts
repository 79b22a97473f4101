/**
 * The per-app walkthroughs (src/walkthrough/) and the apps page, whole: the prerender, the types
 * and the tests use it; browsers load base.ts and one app's file (src/i18n/app-text.ts). Each
 * app's file holds the app's own words, verbatim where its source says so (docs/apps.md).
 */
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
};
