/** Every preset app's guide, by the `client` answer that names the app (src/flow/clients.ts). */
import type { AppId, Guide } from '../model';
import { NEW_OUTLOOK } from './new-outlook';
import { OUTLOOK } from './outlook';
import { THUNDERBIRD } from './thunderbird';

export const GUIDES: Partial<Record<AppId, Guide>> = {
  'new-outlook': NEW_OUTLOOK,
  outlook: OUTLOOK,
  thunderbird: THUNDERBIRD,
};
