/**
 * The table of error messages the lookup knows, every entry with its source. Apps with no
 * sourced message (Becky!, the new Outlook, the Gmail app) have none: the lookup says so rather
 * than guess their wording.
 */
import { ANDROID } from './android';
import { APPLE_MAIL } from './apple-mail';
import { IOS_MAIL } from './ios-mail';
import { OUTLOOK } from './outlook';
import { THUNDERBIRD } from './thunderbird';
import { MESSAGE_APPS, isMessageApp, type AlertTitle, type MessageApp, type MessageEntry } from './types';

export const MESSAGES: readonly MessageEntry[] = [...OUTLOOK, ...THUNDERBIRD, ...ANDROID, ...IOS_MAIL, ...APPLE_MAIL];

/** Every alert title of the table, each once. */
export const TITLES: readonly AlertTitle[] = [...new Map(MESSAGES.flatMap((m) => m.titles ?? []).map((t) => [t.id, t])).values()];

const BY_ID = new Map(MESSAGES.map((m) => [m.id, m]));

export function messageById(id: string | null | undefined): MessageEntry | undefined {
  return id ? BY_ID.get(id) : undefined;
}

export function messagesOf(app: MessageApp): readonly MessageEntry[] {
  return MESSAGES.filter((m) => m.app === app);
}

export { MESSAGE_APPS, isMessageApp, type MessageApp, type MessageEntry };
