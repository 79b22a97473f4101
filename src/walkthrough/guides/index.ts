/** Every preset app's guide, by the `client` answer that names the app (src/flow/clients.ts). */
import type { AppId, Guide } from '../model';
import { ANDROID } from './android';
import { APPLE_MAIL } from './apple-mail';
import { BECKY } from './becky';
import { IOS_MAIL } from './ios-mail';
import { NEW_OUTLOOK } from './new-outlook';
import { OUTLOOK } from './outlook';
import { THUNDERBIRD } from './thunderbird';

export const GUIDES: Record<AppId, Guide> = {
  outlook: OUTLOOK,
  'new-outlook': NEW_OUTLOOK,
  thunderbird: THUNDERBIRD,
  'apple-mail': APPLE_MAIL,
  'ios-mail': IOS_MAIL,
  android: ANDROID,
  becky: BECKY,
};
