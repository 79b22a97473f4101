/**
 * What the message page tells the customer about a text: what it is (the app's own wording,
 * an error code, or the wording as a page quotes it) and which app and versions it is from,
 * each a sentence of errorLookup `about`. The repository, path and key stay in the data and in
 * docs/error-messages.md, for staff.
 */
import type { MessageEntry, MessageText, PagePublisher, ShownIn } from './types';

export type AboutKind = 'own' | 'code' | PagePublisher;

export interface About {
  readonly kind: AboutKind;
  readonly shownIn: ShownIn;
}

export function aboutText(entry: MessageEntry, text: MessageText): About {
  const kind: AboutKind = entry.code !== undefined && text.text === entry.code ? 'code' : 'page' in text.source ? text.source.by : 'own';
  return { kind, shownIn: text.shownIn ?? entry.shownIn };
}
