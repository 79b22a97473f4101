/** Every preset app's guide, by the `client` answer that names the app (src/flow/clients.ts). */
import type { AppId, Guide } from '../model';
import { OUTLOOK } from './outlook';
import { THUNDERBIRD } from './thunderbird';

export const GUIDES: Partial<Record<AppId, Guide>> = {
  outlook: OUTLOOK,
  thunderbird: THUNDERBIRD,
};
