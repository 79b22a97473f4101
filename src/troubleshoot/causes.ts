/**
 * The one catalogue of what can be wrong when mail fails: one record per cause, with the
 * setup step that fixes it, the symptoms it explains, where its copy lives and which parts
 * of troubleshooting can find it. The can't-send and can't-receive flows (flow-causes.ts),
 * the settings checker (check.ts) and the error lookup all name causes by these ids; how
 * each one detects a cause stays with it, what a cause is lives here.
 *
 * The records are listed most likely first (their rank, see rank.ts), one order for every
 * part. It follows how firmly the source page (shared/seed/000_abffa169eb001014.txt) rules
 * a setting out, then how often mail apps get it wrong by themselves:
 * 1. what the source says never works and apps often do by default: STARTTLS/STLS
 *    (※1–※5, on every port), SSL/TLS and port not matching (※1–※5), the e-mail address
 *    as the user name (the user name is the ASAHI Net ID "even for other domains"; most apps
 *    fill in the address), SMTP AUTH off (「必ず認証が必要」), and receiving over SSL/TLS beside
 *    POP before SMTP, whose servers do not support it (ASAHI Net's POP before SMTP page);
 * 2. what the line or the contract rules out: port 25 from au Hikari (※5), SMTP AUTH without
 *    extended service registration; and what a service has ended: Gmail checking other
 *    accounts' mail by POP (Google, docs/apps.md §6c);
 * 3. values typed into the wrong field or mistyped, which also break mail for certain;
 * 4. what the source says may fail (「場合があります」): port 25 off ASAHI Net's line (OP25B),
 *    outgoing-mail checking, network restrictions; and mails for a customer without the option,
 *    or unsure of it, since ※6 says only that it is the server for subscribers
 *    (「『おまかせウイルスチェック』を契約している場合のサーバ」);
 * 5. not the server the source gives for the customer's option (mail for a subscriber);
 * 6. the results that name no setting: the password, "nothing found", "looks right".
 * A "check this" cause (check-port-security, check-host: the customer did not know the value)
 * ranks with the mismatches it stands for, since none of them is ruled out.
 * This is the checker's former order, with the flows' own causes placed by the same rule.
 * The flows' former order (by topic: connection, account, server, environment) ranked
 * port 25 on other networks ("may") above SMTP AUTH off ("always") and the address as user
 * name, against the source; it changes only the order within one certainty group.
 */
import { RESULT } from '../flow/engine';
import type { PageId } from '../flow/steps';
import { EXAMPLE_ID } from '../settings/account';
import { POP_BEFORE_SMTP } from '../settings/pop-before-smtp';
import { PORTS } from '../settings/servers';

/** What the customer sees when mail fails, as the flows' symptom question asks it. */
/** The settings a fix can change, as flow-causes.ts's Fix names them. */
export type FixField = 'host' | 'port' | 'security' | 'smtp-auth' | 'user-name' | 'password' | 'registration' | 'antivirus-outgoing-check';

export const SYMPTOMS = ['times-out', 'password-rejected', 'relay-denied', 'secure-connection'] as const;
export type Symptom = (typeof SYMPTOMS)[number];

/** The parts of troubleshooting that find causes: the two flows (by id) and the checker. */
export type Finder = 'cant-send' | 'cant-receive' | 'check';

interface Entry {
  readonly id: string;
  /** The setup flow's page that sets this right; null for results that name no setting. */
  readonly setupStep: PageId | null;
  /** What the cause usually looks like to the customer, most telling first. */
  readonly symptoms: readonly Symptom[];
  readonly foundBy: readonly Finder[];
  /** The settings its fix changes (flow-causes.ts gives the values from the answers). */
  readonly fixes: readonly FixField[];
  /** A page of the guide its fix leads to, besides the setup step: `apps`, each app's steps. */
  readonly guide?: 'apps';
}

const ALL = ['cant-send', 'cant-receive', 'check'] as const;
/** A cause about port and connection security: its fix is a whole server setting. */
const CONN = ['port', 'security'] as const;

/** Most likely first: the position is the rank (see the order above). */
const ENTRIES = [
  // 1. never works, and apps do it by themselves
  { id: 'starttls', setupStep: 'client', symptoms: ['secure-connection', 'times-out'], fixes: CONN, foundBy: ALL },
  { id: 'ssl-on-plain-port', setupStep: 'client', symptoms: ['secure-connection', 'times-out'], fixes: CONN, foundBy: ALL },
  { id: 'no-ssl-on-ssl-port', setupStep: 'client', symptoms: ['times-out', 'secure-connection'], fixes: CONN, foundBy: ALL },
  // Not known, so not ruled out: ranks with the mismatches it stands for.
  { id: 'check-port-security', setupStep: 'client', symptoms: ['times-out', 'secure-connection'], fixes: CONN, foundBy: ['cant-send', 'cant-receive'] },
  // The user name, password and incoming server are the same for everyone: the result shows them.
  { id: 'user-is-address', setupStep: RESULT, symptoms: ['password-rejected'], fixes: ['user-name'], foundBy: ALL },
  // The app question decides SSL/TLS and SMTP AUTH, hence port, security and authentication.
  { id: 'out-auth-off', setupStep: 'client', symptoms: ['relay-denied'], fixes: ['smtp-auth'], foundBy: ['cant-send', 'check'] },
  // The app question decides whether sending uses POP before SMTP, and so receiving on 110.
  { id: 'pop-before-smtp-ssl', setupStep: 'client', symptoms: ['relay-denied'], fixes: CONN, foundBy: ['cant-send', 'check'] },
  // 2. ruled out by the line or the contract
  { id: 'port-25-au-hikari', setupStep: 'network', symptoms: ['times-out'], fixes: CONN, foundBy: ['cant-send', 'check'] },
  { id: 'registration-missing', setupStep: 'registration', symptoms: ['relay-denied', 'password-rejected'], fixes: ['registration'], foundBy: ['cant-send'] },
  // Nothing to change in Gmail: receive in a mail app instead, which the app question leads to.
  { id: 'gmail-pop-ended', setupStep: 'client', symptoms: [], fixes: [], foundBy: ['cant-receive'], guide: 'apps' },
  // 3. typed into the wrong field, or mistyped
  { id: 'host-wrong-role', setupStep: RESULT, symptoms: ['times-out'], fixes: ['host'], foundBy: ['cant-receive', 'check'] },
  { id: 'check-host', setupStep: RESULT, symptoms: ['times-out'], fixes: ['host'], foundBy: ['cant-receive'] },
  { id: 'port-wrong-role', setupStep: 'client', symptoms: ['times-out'], fixes: CONN, foundBy: ['check'] },
  { id: 'host-typo', setupStep: RESULT, symptoms: ['times-out'], fixes: ['host'], foundBy: ['check'] },
  { id: 'host-address-domain', setupStep: RESULT, symptoms: ['times-out'], fixes: ['host'], foundBy: ['check'] },
  { id: 'host-unknown', setupStep: RESULT, symptoms: ['times-out', 'password-rejected', 'relay-denied'], fixes: ['host'], foundBy: ALL },
  { id: 'port-not-offered', setupStep: 'client', symptoms: ['times-out', 'secure-connection'], fixes: CONN, foundBy: ALL },
  { id: 'host-full-width', setupStep: RESULT, symptoms: ['times-out'], fixes: ['host'], foundBy: ['check'] },
  { id: 'user-not-lowercase', setupStep: RESULT, symptoms: ['password-rejected'], fixes: ['user-name'], foundBy: ALL },
  { id: 'user-not-id', setupStep: RESULT, symptoms: ['password-rejected'], fixes: ['user-name'], foundBy: ALL },
  // 4. may fail, as the source says
  { id: 'port-25-blocked', setupStep: 'network', symptoms: ['times-out'], fixes: CONN, foundBy: ['cant-send', 'check'] },
  { id: 'mails-without-virus-check', setupStep: 'virus-check', symptoms: ['relay-denied'], fixes: ['host'], foundBy: ['cant-send', 'check'] },
  { id: 'mails-virus-check-unsure', setupStep: 'virus-check', symptoms: ['relay-denied'], fixes: ['host'], foundBy: ['cant-send', 'check'] },
  { id: 'antivirus-outgoing-check', setupStep: 'antivirus', symptoms: ['password-rejected'], fixes: ['antivirus-outgoing-check'], foundBy: ['cant-send'] },
  { id: 'network-restriction', setupStep: 'network', symptoms: ['times-out'], fixes: [], foundBy: ['cant-send', 'cant-receive'] },
  // 5. not the server the source gives for the customer's option
  { id: 'mail-with-virus-check', setupStep: 'virus-check', symptoms: [], fixes: ['host'], foundBy: ['check'] },
  // 6. no setting named
  { id: 'wrong-password', setupStep: RESULT, symptoms: ['password-rejected'], fixes: ['password'], foundBy: ['cant-send', 'cant-receive'] },
  { id: 'recheck-settings', setupStep: RESULT, symptoms: [], fixes: [], foundBy: ['cant-send', 'cant-receive'] },
  { id: 'looks-right', setupStep: null, symptoms: [], fixes: [], foundBy: ['check'] },
  { id: 'nothing-to-check', setupStep: null, symptoms: [], fixes: [], foundBy: ['check'] },
] as const satisfies readonly Entry[];

type EntryOf = (typeof ENTRIES)[number];
type FoundBy<F extends Finder> = EntryOf extends infer E ? (E extends EntryOf ? (F extends E['foundBy'][number] ? E['id'] : never) : never) : never;

export type CauseId = EntryOf['id'];
export type SendCauseId = FoundBy<'cant-send'>;
export type ReceiveCauseId = FoundBy<'cant-receive'>;
export type DiagnosisId = FoundBy<'check'>;
/** The causes a question flow can find. */
export type FlowCauseId = SendCauseId | ReceiveCauseId;

export interface CauseRecord<Id extends CauseId = CauseId> {
  readonly id: Id;
  /** 1 = most likely. */
  readonly rank: number;
  readonly setupStep: PageId | null;
  readonly symptoms: readonly Symptom[];
  readonly foundBy: readonly Finder[];
  /** The settings its fix changes. */
  readonly fixes: readonly FixField[];
  /** A page of the guide its fix leads to, besides the setup step. */
  readonly guide: 'apps' | null;
  /**
   * Keys in the troubleshoot namespace (`<key>.title`, `<key>.body`): `explanation` says what
   * the cause is, as a flow result and the error lookup show it; `finding` says it about the
   * field the checker read (with {{field}}, {{given}}, {{value}}). Null where no part shows it.
   */
  readonly copy: {
    readonly explanation: `causes.${FlowCauseId}` | null;
    readonly finding: `check.diagnoses.${DiagnosisId}` | null;
  };
}

function isFoundBy<Id extends CauseId>(finder: Finder) {
  return (id: CauseId): id is Id => (CATALOGUE[id].foundBy as readonly Finder[]).includes(finder);
}

/** Every cause by id. */
export const CATALOGUE = Object.fromEntries(
  ENTRIES.map((e, i): [CauseId, CauseRecord] => {
    const flows = e.foundBy.some((f) => f !== 'check');
    const checker = (e.foundBy as readonly Finder[]).includes('check');
    const copy = {
      explanation: flows ? (`causes.${e.id}` as `causes.${FlowCauseId}`) : null,
      finding: checker ? (`check.diagnoses.${e.id}` as `check.diagnoses.${DiagnosisId}`) : null,
    };
    const guide = 'guide' in e ? e.guide : null;
    return [e.id, { id: e.id, rank: i + 1, setupStep: e.setupStep, symptoms: e.symptoms, foundBy: e.foundBy, fixes: e.fixes, guide, copy }];
  }),
) as { readonly [Id in CauseId]: CauseRecord<Id> };

/**
 * The values a cause's copy names besides the finding's own (`{{field}}` …): the source's example
 * ID, and for POP before SMTP the unencrypted incoming port and how long sending works after
 * receiving (ASAHI Net's POP before SMTP page).
 */
export const CAUSE_COPY_VALUES = { example: EXAMPLE_ID, popPort: PORTS.pop, minutes: POP_BEFORE_SMTP.windowMinutes } as const;

/** The copy key of a cause a flow shows (`.title`, `.body`). */
export function explanationOf(id: FlowCauseId): `causes.${FlowCauseId}` {
  const key = CATALOGUE[id].copy.explanation;
  // Every cause a flow finds has one (causes.test.ts); the record's type cannot say so.
  if (key === null) throw new Error(`${id} has no explanation`);
  return key;
}

/** The copy key of a checker finding (`.title`, `.body`, with {{field}}, {{given}}, {{value}}). */
export function findingOf(id: DiagnosisId): `check.diagnoses.${DiagnosisId}` {
  const key = CATALOGUE[id].copy.finding;
  if (key === null) throw new Error(`${id} has no finding`);
  return key;
}

/** Every cause id, most likely first. */
export const CAUSE_IDS: readonly CauseId[] = ENTRIES.map((e) => e.id);

/** The causes each part can find, most likely first. */
export const SEND_CAUSE_IDS: readonly SendCauseId[] = CAUSE_IDS.filter(isFoundBy<SendCauseId>('cant-send'));
export const RECEIVE_CAUSE_IDS: readonly ReceiveCauseId[] = CAUSE_IDS.filter(isFoundBy<ReceiveCauseId>('cant-receive'));
export const DIAGNOSIS_IDS: readonly DiagnosisId[] = CAUSE_IDS.filter(isFoundBy<DiagnosisId>('check'));
