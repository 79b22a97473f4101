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

/**
 * Who published a text found on a page, as the message page tells the customer
 * (errorLookup `about.kind`): the vendor's help, the vendor's help in a translation that may not
 * match the screen, or someone else's page quoting the dialog (a secondary source).
 */
export type PagePublisher = 'vendor' | 'vendor-translated' | 'quoted';

/**
 * The app and versions a text is from, as the message page tells the customer (errorLookup
 * `about.shownIn`, one sentence per language). The exact source stays in `version` and `source`.
 */
export const SHOWN_IN = [
  'outlook-codes',
  'outlook-2013-365',
  'outlook-2013-365-and-2000-2003',
  'outlook-express',
  'outlook-express-and-outlook',
  'outlook-2002-2003',
  'outlook-2002-2003-likely',
  'outlook-2000-2003',
  'outlook-2010-2019',
  'outlook-imap',
  'outlook-setup',
  'thunderbird-recent',
  'aosp-2019',
  'thunderbird-android-24',
  'ios-15',
  'ios-15-6-1',
  'macos-12',
] as const;
export type ShownIn = (typeof SHOWN_IN)[number];

/** Where one language's text was found: a file at a commit and its string id, or a page. */
export type TextSource =
  | { readonly repo: string; readonly commit: string; readonly path: string; readonly stringId: string }
  | { readonly page: string; readonly by: PagePublisher; readonly note?: string };

export interface MessageText {
  readonly text: string;
  readonly source: TextSource;
  /** Where this language's text is from, when it differs from the entry's `shownIn`. */
  readonly shownIn?: ShownIn;
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
  /** The app and version the source shows, e.g. "Thunderbird 156 (trunk strings)": for staff (docs/error-messages.md). */
  readonly version: string;
  /** The same for the customer, in words of the page's language (errorLookup `about.shownIn`). */
  readonly shownIn: ShownIn;
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
