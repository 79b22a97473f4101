/**
 * The error lookup's parts that come after its page: the matcher with every table, one app's
 * table, and the troubleshooting text the causes' cards show where the page's HTML does not
 * carry it (the cards' code is the page's).
 * The page is interactive without them; with them it would be over its budget
 * (bench/targets.json). The tables' and the matcher's `import()`s are not in the entry, where
 * they would add 0.4 KB to every page; they import nothing of the entry, so Vite preloads no
 * stylesheet with them (for a chunk that imports the entry's modules it lists the entry's
 * stylesheet, which is inlined and not shipped: build/first-paint.ts names the entry there instead).
 */
import { withCausesText } from '../../i18n/causes-text';
import * as messageResult from './message-result';
import type { ReactNode } from 'react';
import { MESSAGE_APPS, type MessageApp } from '../../troubleshoot/messages/apps';
import type { MessageEntry } from '../../troubleshoot/messages/types';

const TABLES: Record<MessageApp, () => Promise<readonly MessageEntry[]>> = {
  outlook: () => import('../../troubleshoot/messages/outlook').then((m) => m.OUTLOOK),
  thunderbird: () => import('../../troubleshoot/messages/thunderbird').then((m) => m.THUNDERBIRD),
  android: () => import('../../troubleshoot/messages/android').then((m) => m.ANDROID),
  'ios-mail': () => import('../../troubleshoot/messages/ios-mail').then((m) => m.IOS_MAIL),
  'apple-mail': () => import('../../troubleshoot/messages/apple-mail').then((m) => m.APPLE_MAIL),
};

export const loadAppMessages = (app: MessageApp) => TABLES[app]();

/**
 * What the lookup's route asks its HTML to carry (`handle.messages`, read by src/prerender.tsx):
 * every message as the page shows it, which the build writes into a file per message for the
 * page's first script to show when a link names it (src/prerender-early.tsx). Declared by the
 * route, not imported by the prerender, which is an entry of the same build: its import of the
 * tables and the cards would move code into the app's entry.
 */
export interface MessagesHtml {
  /** The page's app choices. */
  readonly apps: readonly string[];
  /** Every message. */
  readonly load: () => Promise<readonly MessageEntry[]>;
  readonly render: (entry: MessageEntry) => ReactNode;
  /** Downloads what a message's own page (`/error/<id>/`) renders it with, before its HTML is rendered. */
  readonly preload: (id: string) => Promise<void>;
}

export const loadAllMessages = () => Promise.all(MESSAGE_APPS.map(loadAppMessages)).then((tables) => tables.flat());

export const loadMessageSearch = () => import('../../troubleshoot/messages/search');

/**
 * The troubleshooting text the cards of a message found show, in the page's language: the
 * page's HTML carries it (src/i18n/causes-text.ts); only a page reached from another one
 * without it downloads the troubleshooting text. The cards' code is the page's own (an
 * `import()` of it from here would preload the entry's stylesheet, which is not shipped: see above).
 */
export const loadMessageResult = withCausesText(() => Promise.resolve(messageResult));

export type MessageSearch = Awaited<ReturnType<typeof loadMessageSearch>>;
export type MessageResultModule = Awaited<ReturnType<typeof loadMessageResult>>;
