/**
 * The table of error messages the lookup knows, every entry with its source. Apps with no
 * sourced message (Mail on iPhone/iPad and Mac, Becky!, the new Outlook, the Gmail app) have
 * none: the lookup says so rather than guess their wording.
 */
import { ANDROID } from './android';
import { OUTLOOK } from './outlook';
import { THUNDERBIRD } from './thunderbird';
import { MESSAGE_APPS, isMessageApp, type MessageApp, type MessageEntry } from './types';

export const MESSAGES: readonly MessageEntry[] = [...OUTLOOK, ...THUNDERBIRD, ...ANDROID];

const BY_ID = new Map(MESSAGES.map((m) => [m.id, m]));

export function messageById(id: string | null | undefined): MessageEntry | undefined {
  return id ? BY_ID.get(id) : undefined;
}

export function messagesOf(app: MessageApp): readonly MessageEntry[] {
  return MESSAGES.filter((m) => m.app === app);
}

export { MESSAGE_APPS, isMessageApp, type MessageApp, type MessageEntry };
