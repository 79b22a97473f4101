/**
 * How the tables of Apple's Mail (ios-mail.ts, apple-mail.ts) are written: each alert's title
 * and message word for word from Apple's .strings files as dumped in the public repository
 * kishikawakatsumi/applelocalization-tools, each with its file and key. Apple's placeholders
 * (`%@`, `%1$@`, `%2$d`, `%3$ld`) are written as the named variables of types.ts. Leading and
 * trailing spaces of a string (Mac's hints start with one, two iOS titles end with one) are left
 * out: they are not on the screen as text. Research notes: docs/error-messages.md §4.
 */
import type { FlowCauseId, Symptom } from '../causes';
import type { AlertTitle, MessageApp, MessageEntry, MessageRole, MessageText, ShownIn } from './types';

const REPO = 'kishikawakatsumi/applelocalization-tools';

/** The repository's unversioned dump (iOS 15 and macOS 12, 2022), where both apps' alerts were read. */
export const DUMP_2022 = '176cb3f314280105d8b45aef9e85a0b063c9f09a';

/** Where a table's strings were read: the commit and each file's path. */
export interface AppleStrings<File extends string> {
  readonly commit: string;
  readonly files: Readonly<Record<File, string>>;
}

export interface AppleRow<File extends string> {
  readonly id: string;
  readonly file: File;
  readonly stringId: string;
  readonly role: MessageRole;
  readonly ja: string;
  readonly en: string;
  readonly symptom?: Symptom;
  readonly causes: readonly FlowCauseId[];
  readonly definite?: readonly FlowCauseId[];
  /** A string read elsewhere than the table's dump: its own commit, file and system version. */
  readonly at?: { readonly commit: string; readonly path: string; readonly version: string; readonly shownIn: ShownIn };
}

export interface AppleTitleRow<File extends string> {
  readonly id: string;
  readonly file: File;
  readonly stringId: string;
  readonly ja: string;
  readonly en: string;
  readonly heads: readonly string[];
  readonly at?: AppleRow<File>['at'];
}

function texts<File extends string>(where: AppleStrings<File>, row: AppleRow<File> | AppleTitleRow<File>): { ja: MessageText; en: MessageText } {
  const source = { repo: REPO, commit: row.at?.commit ?? where.commit, path: row.at?.path ?? where.files[row.file], stringId: row.stringId };
  return { ja: { text: row.ja, source }, en: { text: row.en, source } };
}

/** One app's table: its messages, each with the titles that head it. */
export function appleTable<File extends string>(
  app: MessageApp,
  version: string,
  shownIn: ShownIn,
  where: AppleStrings<File>,
  titleRows: readonly AppleTitleRow<File>[],
  rows: readonly AppleRow<File>[],
): MessageEntry[] {
  const titles: AlertTitle[] = titleRows.map((t) => ({ id: t.id, texts: texts(where, t), heads: t.heads }));
  return rows.map((r) => {
    const heading = titles.filter((t) => t.heads.includes(r.id));
    return {
      id: r.id,
      app,
      version: r.at?.version ?? version,
      shownIn: r.at?.shownIn ?? shownIn,
      role: r.role,
      texts: texts(where, r),
      ...(heading.length > 0 && { titles: heading }),
      causes: r.causes,
      ...(r.symptom && { symptom: r.symptom }),
      ...(r.definite && { definite: r.definite }),
    };
  });
}

/** The causes Apple's alerts point to, shared by both tables (ranked by rank.ts, not by this order). */
export const CAUSES = {
  LOGIN: ['user-is-address', 'wrong-password', 'user-not-lowercase', 'user-not-id', 'registration-missing'],
  USER_NAME: ['user-is-address', 'user-not-id', 'user-not-lowercase'],
  TIMEOUT: ['no-ssl-on-ssl-port', 'port-25-au-hikari', 'port-25-blocked', 'check-port-security', 'network-restriction', 'antivirus-outgoing-check'],
  REFUSED: ['port-not-offered', 'host-wrong-role', 'port-25-blocked', 'network-restriction'],
  UNREACHABLE: ['host-unknown', 'check-host', 'port-not-offered', 'port-25-blocked', 'network-restriction'],
  NOT_RESPONDING: ['host-unknown', 'check-host', 'host-wrong-role', 'no-ssl-on-ssl-port', 'port-not-offered', 'network-restriction'],
  CONNECTION_ERROR: ['port-not-offered', 'no-ssl-on-ssl-port', 'ssl-on-plain-port', 'host-unknown', 'network-restriction'],
  SSL_FAILED: ['ssl-on-plain-port', 'check-port-security', 'port-not-offered'],
  TLS_REFUSED: ['ssl-on-plain-port', 'check-port-security'],
  STARTTLS: ['starttls', 'ssl-on-plain-port', 'check-port-security'],
  PORT: ['port-not-offered', 'no-ssl-on-ssl-port', 'port-25-blocked', 'check-port-security'],
  PORT_AND_SSL: ['no-ssl-on-ssl-port', 'ssl-on-plain-port', 'check-port-security'],
  INSECURE_PASSWORD: ['check-port-security', 'recheck-settings'],
  OUTGOING_FAILED: ['no-ssl-on-ssl-port', 'port-25-au-hikari', 'port-25-blocked', 'host-unknown', 'network-restriction', 'antivirus-outgoing-check'],
  RELAY: ['out-auth-off', 'registration-missing', 'mails-without-virus-check', 'mails-virus-check-unsure'],
  CHECK_OUTGOING: ['out-auth-off', 'registration-missing', 'user-is-address', 'wrong-password', 'recheck-settings'],
  SMTP_ERROR: ['out-auth-off', 'registration-missing', 'recheck-settings'],
  AUTH_METHOD: ['recheck-settings', 'registration-missing'],
  NO_REASON: ['recheck-settings', 'host-unknown', 'network-restriction'],
  /** A certificate warning: the server name is not one of ASAHI Net's (mistyped, or another provider's left in). */
  CERTIFICATE: ['host-unknown', 'check-host'],
  HEAL: ['no-ssl-on-ssl-port', 'ssl-on-plain-port', 'port-25-au-hikari', 'port-25-blocked', 'host-unknown', 'check-host', 'network-restriction'],
  SETUP_WITHOUT_SSL: ['host-unknown', 'check-host', 'network-restriction'],
} as const satisfies Record<string, readonly FlowCauseId[]>;
