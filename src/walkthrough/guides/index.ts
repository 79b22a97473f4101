/** Every preset app's guide, by the `client` answer that names the app (src/flow/clients.ts). */
import type { AppId, Guide } from '../model';
import { ANDROID } from './android';
import { BECKY } from './becky';
import { APPLE_MAIL } from './apple-mail';
import { IOS_MAIL } from './ios-mail';
import { THUNDERBIRD } from './thunderbird';

export const GUIDES: Partial<Record<AppId, Guide>> = {
  thunderbird: THUNDERBIRD,
  android: ANDROID,
  becky: BECKY,
  'apple-mail': APPLE_MAIL,
  'ios-mail': IOS_MAIL,
};
