/**
 * The shape of the error-message table (messages/*.ts): what a mail app shows when mail
 * fails, word for word in each language it was found in, with where it was found.
 */
import type { FlowCauseId, Symptom } from '../causes';
import type { MessageApp } from './apps';

export { MESSAGE_APPS, appOfId, isMessageApp, type MessageApp } from './apps';

export type MessageLang = 'ja' | 'en';

/**
 * Where the app shows the message: while sending, while receiving (or checking the
 * incoming server), or either (an account check that tests both).
 */
export type MessageRole = 'send' | 'receive' | 'either';

/**
 * Variable parts, as `{name}` in a text: `{server}` a host name, `{account}` the app's
 * account name, `{user}` the user name, `{address}` / `{recipient}` an e-mail address,
 * `{port}` a port number, `{response}` the server's reply, `{subject}` the message subject,
 * `{detail}` / `{reason}` text the app appends, `{capability}` a server capability,
 * `{old}` / `{new}` a previous and a proposed setting, `{protocol}` the protocol's name the app
 * puts in (POP, SMTP). A line break is `\n`.
 */
export const VARIABLES = [
  'server',
  'account',
  'user',
  'address',
  'recipient',
  'port',
  'response',
  'subject',
  'detail',
  'reason',
  'capability',
  'old',
  'new',
  'protocol',
] as const;

/** Where one language's text was found: a file at a commit and its string id, or a page. */
export type TextSource =
  | { readonly repo: string; readonly commit: string; readonly path: string; readonly stringId: string }
  | { readonly page: string; readonly note?: string };

export interface MessageText {
  readonly text: string;
  readonly source: TextSource;
}

/**
 * The title an alert shows above its message (Apple's alerts: "Cannot Get Mail" above "The user
 * name or password for … is incorrect."). One title heads several messages: the title alone
 * finds them all, in `heads`' order.
 */
export interface AlertTitle {
  /** Stable within its app's table, with the app's prefix like the entries' ids. */
  readonly id: string;
  readonly texts: { readonly ja?: MessageText; readonly en?: MessageText };
  /** The ids of the messages the title heads, most likely first for ASAHI Net's customers. */
  readonly heads: readonly string[];
}

export interface MessageEntry {
  /** Stable: support links carry it (`?message=`), docs/decisions/0001-url-contract.md. */
  readonly id: string;
  readonly app: MessageApp;
  /** The app and version the source shows, e.g. "Thunderbird 156 (trunk strings)". */
  readonly version: string;
  readonly role: MessageRole;
  /** An Outlook error code (`0x800CCC0E`): a code alone matches its entry. */
  readonly code?: string;
  /** The message as the app shows it, in each language that has a source. */
  readonly texts: { readonly ja?: MessageText; readonly en?: MessageText };
  /** The titles the app shows above it, if it shows it in an alert with a title. */
  readonly titles?: readonly AlertTitle[];
  /** What the symptom question of the flows would be answered with, for the link into the flow. */
  readonly symptom?: Symptom;
  /** The catalogue's causes the message points to (ranked by rank.ts, not by this order). */
  readonly causes: readonly FlowCauseId[];
  /** Of those, the ones the message itself proves (e.g. "the server does not offer STARTTLS"). */
  readonly definite?: readonly FlowCauseId[];
}
