/**
 * The error lookup's parts that come after its page: the matcher with every table, one app's
 * table, and the troubleshooting text the causes' cards show (the cards' code is the page's).
 * The page is interactive without them; with them it would be over its 145 KB budget
 * (bench/targets.json). Unlike `loadErrorMessageLinks` (src/app/routes.tsx) the tables' and
 * the matcher's `import()`s are not in the entry, where they would add 0.4 KB to every page:
 * they import nothing of the entry, so Vite preloads no stylesheet with them (it does for a
 * chunk that imports the entry's modules, whose stylesheet is inlined and not shipped: a 404,
 * which e2e/fixtures.ts would report as a console error).
 */
import { withText } from '../../i18n/i18n';
import * as messageResult from './message-result';
import type { MessageApp } from '../../troubleshoot/messages/apps';
import type { MessageEntry } from '../../troubleshoot/messages/types';

const TABLES: Record<MessageApp, () => Promise<readonly MessageEntry[]>> = {
  outlook: () => import('../../troubleshoot/messages/outlook').then((m) => m.OUTLOOK),
  thunderbird: () => import('../../troubleshoot/messages/thunderbird').then((m) => m.THUNDERBIRD),
  android: () => import('../../troubleshoot/messages/android').then((m) => m.ANDROID),
};

export const loadAppMessages = (app: MessageApp) => TABLES[app]();

export const loadMessageSearch = () => import('../../troubleshoot/messages/search');

/**
 * The troubleshooting text the cards of a message found show, in the page's language; the
 * cards' code is the page's own (an `import()` of it from here would preload the entry's
 * stylesheet, which is not shipped: see above).
 */
export const loadMessageResult = withText(() => Promise.resolve(messageResult), 'troubleshoot');

export type MessageSearch = Awaited<ReturnType<typeof loadMessageSearch>>;
export type MessageResultModule = Awaited<ReturnType<typeof loadMessageResult>>;
