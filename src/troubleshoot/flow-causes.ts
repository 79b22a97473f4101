/**
 * What the answers of the can't-send and can't-receive flows (cant-send.ts, cant-receive.ts)
 * point to: the likely causes, each with what to change and the values to end with, most
 * likely first (rank.ts). Which causes exist, their setup steps and symptoms are the
 * catalogue's (causes.ts); every value in a fix comes from the settings table, through rules.ts.
 */
import type { PageId } from '../flow/steps';
import { USER_NAME_RULE } from '../settings/account';
import { defaultHost } from '../settings/lookups';
import { HOSTS, OWN_NETWORK, PORTS, type Host, type Port, type Role, type Security } from '../settings/servers';
import { GMAIL_ANSWER, type ReceiveAnswerOf, type ReceiveAnswers } from './cant-receive';
import { POP_BEFORE_SMTP_ANSWER, type SendAnswerOf, type SendAnswers } from './cant-send';
import { CATALOGUE, RECEIVE_CAUSE_IDS, type FixField as CatalogueFixField, SEND_CAUSE_IDS, type FlowCauseId, type ReceiveCauseId, type SendCauseId, type Symptom } from './causes';
import { mostLikelyFirst, type Certainty } from './rank';
import { UNSURE, type AppSecurity } from './answers';
import { alternativeSetting, popBeforeSmtpReceiving, port25Blocked, sendHostFor, targetSetting, type Setting } from './rules';

/** One change to make, as data: the UI renders it with the value to copy. */
export type Fix =
  | { readonly field: 'host'; readonly value: Host }
  | { readonly field: 'port'; readonly value: Port }
  | { readonly field: 'security'; readonly value: Security }
  | { readonly field: 'smtp-auth'; readonly value: 'on' }
  | { readonly field: 'user-name'; readonly value: typeof USER_NAME_RULE.userName }
  | { readonly field: 'password'; readonly value: typeof USER_NAME_RULE.password }
  | { readonly field: 'registration'; readonly value: 'registered' }
  | { readonly field: 'antivirus-outgoing-check'; readonly value: 'off' };

// The catalogue names the same fields (causes.ts `fixes`): a field it lacks fails here.
export type FixField = Fix['field'] extends CatalogueFixField ? Fix['field'] : never;

export interface Cause<Id extends FlowCauseId = FlowCauseId> {
  readonly id: Id;
  readonly certainty: Certainty;
  /** What to change; empty when nothing is known to be wrong (recheck-settings). */
  readonly fix: readonly Fix[];
  /** Another change that works, for an app that cannot do the first (e.g. no SSL/TLS). */
  readonly alternative?: readonly Fix[];
  /** The whole server setting to end with, for causes about host, port or security. */
  readonly setting?: Setting;
  /**
   * The server the setting is for, when it is not the flow's own: pop-before-smtp-ssl, found
   * when sending, changes how the app receives.
   */
  readonly server?: Role;
  /**
   * True when the flow did not ask which outgoing server the customer uses, so the
   * setting shows the standard one; subscribers of the virus-check option keep mails.
   */
  readonly hostAssumed?: boolean;
  /** The setup flow's page to re-check this with. */
  readonly setupStep: PageId;
}

function cause(
  id: FlowCauseId,
  certainty: Certainty,
  fix: readonly Fix[],
  extra: Pick<Cause, 'alternative' | 'setting' | 'hostAssumed' | 'server'> = {},
): Cause {
  const { setupStep } = CATALOGUE[id];
  // Every cause a flow finds has a setup step (causes.test.ts); the record's type cannot say so.
  if (setupStep === null) throw new Error(`${id} has no setup step`);
  return { id, certainty, fix, ...extra, setupStep };
}

/** The fields of `target` the customer must change; an unknown value counts as different. */
function connectionFix(target: Setting, port: number | undefined, security: AppSecurity | undefined): Fix[] {
  const fix: Fix[] = [];
  if (port !== target.port) fix.push({ field: 'port', value: target.port });
  if (security !== target.security) fix.push({ field: 'security', value: target.security });
  return fix;
}

function alternativeFix(role: Role, target: Setting, hostKnown: boolean): Fix[] | undefined {
  const other = alternativeSetting(role, target);
  if (!other) return undefined;
  const fix: Fix[] = [];
  if (other.host !== target.host || !hostKnown) fix.push({ field: 'host', value: other.host });
  fix.push({ field: 'port', value: other.port }, { field: 'security', value: other.security });
  return fix;
}

function userNameCauses(answer: SendAnswerOf<'user-name'> | undefined): Cause[] {
  const fix: Fix[] = [{ field: 'user-name', value: USER_NAME_RULE.userName }];
  switch (answer) {
    case 'address':
      return [cause('user-is-address', 'definite', fix)];
    // The source's 「すべて半角小文字で設定」 stands on its password row and its example IDs are
    // lower case: neither reading makes capitals in the ID a definite cause.
    case 'id-uppercase':
      return [cause('user-not-lowercase', 'likely', fix)];
    case 'other':
      return [cause('user-not-id', 'definite', fix)];
    case UNSURE:
      return [cause('user-not-id', 'possible', fix)];
    default:
      return [];
  }
}

interface ConnectionAnswers {
  readonly role: Role;
  /** The server the customer should use. */
  readonly host: Host;
  /** Whether the flow asked which server the customer uses. */
  readonly hostKnown: boolean;
  /** The raw answer, to tell "another number" from "don't know". */
  readonly port: string | undefined;
  readonly security: AppSecurity | typeof UNSURE | undefined;
  readonly network: SendAnswerOf<'network'> | undefined;
}

/** The setting to end with, from what the customer said of port and security. */
function connectionTarget(c: ConnectionAnswers): Setting {
  return targetSetting(c.role, c.host, portNumber(c.port), securityAnswer(c.security), c.network);
}

/** The causes about port and connection security, each with the whole setting to end with. */
function connectionCauses(c: ConnectionAnswers): Cause[] {
  const port = portNumber(c.port);
  const security = securityAnswer(c.security);
  const target = connectionTarget(c);
  const fix = connectionFix(target, port, security);
  const setting = { setting: target, ...(c.hostKnown ? {} : { hostAssumed: true }) };
  const alternative = alternativeFix(c.role, target, c.hostKnown);
  const withAlternative = alternative ? { ...setting, alternative } : setting;

  const causes: Cause[] = [];
  if (security === 'starttls') causes.push(cause('starttls', 'definite', fix, withAlternative));
  if (c.port === 'other') causes.push(cause('port-not-offered', 'definite', fix, withAlternative));
  if (port !== undefined) {
    const encryptedPort = port === PORTS.popSsl || port === PORTS.smtpSsl;
    if (security === 'ssl-tls' && !encryptedPort) causes.push(cause('ssl-on-plain-port', 'definite', fix, withAlternative));
    if (security === 'none' && encryptedPort) causes.push(cause('no-ssl-on-ssl-port', 'definite', fix, withAlternative));
    if (port25Blocked(c.role, port, c.network)) {
      if (c.network === 'au-hikari') causes.push(cause('port-25-au-hikari', 'definite', fix, setting));
      else causes.push(cause('port-25-blocked', c.network === 'other' ? 'likely' : 'possible', fix, setting));
    }
  }
  // "Don't know" for port or security: give the values to check, if they could be wrong.
  const unknown = (port === undefined && c.port !== 'other') || security === undefined;
  if (causes.length === 0 && unknown && fix.length > 0) {
    causes.push(cause('check-port-security', 'possible', fix, withAlternative));
  }
  return causes;
}

/**
 * An app that sends with POP before SMTP must receive without SSL/TLS: on 995 it cannot send
 * (the advice this guide gave before issue 30); not knowing the port, it may. The setting is
 * the incoming server's.
 */
function popBeforeSmtpCauses(port: SendAnswerOf<'receive-port'> | undefined): Cause[] {
  const setting = popBeforeSmtpReceiving();
  const fix = connectionFix(setting, portNumber(port), undefined);
  const extra = { setting, server: 'receive' } as const;
  if (port === `${PORTS.popSsl}`) return [cause('pop-before-smtp-ssl', 'definite', fix, extra)];
  if (port === UNSURE) return [cause('pop-before-smtp-ssl', 'possible', fix, extra)];
  return [];
}

function portNumber(answer: string | undefined): number | undefined {
  return answer === undefined || answer === 'other' || answer === UNSURE ? undefined : Number(answer);
}

function securityAnswer(answer: AppSecurity | typeof UNSURE | undefined): AppSecurity | undefined {
  return answer === UNSURE ? undefined : answer;
}

/** One cause per id (the rules above never find an id twice; this keeps it so). */
function unique(causes: readonly Cause[]): Cause[] {
  return causes.filter((c, i) => causes.findIndex((x) => x.id === c.id) === i);
}

function isSendCause(c: Cause): c is Cause<SendCauseId> {
  return (SEND_CAUSE_IDS as readonly string[]).includes(c.id);
}

function isReceiveCause(c: Cause): c is Cause<ReceiveCauseId> {
  return (RECEIVE_CAUSE_IDS as readonly string[]).includes(c.id);
}

/** The symptom answer as the ranking reads it: "don't know", and Gmail, explain no error. */
function symptomsOf(answer: SendAnswerOf<'symptom'> | ReceiveAnswerOf<'symptom'> | undefined): Symptom[] {
  return answer === undefined || answer === UNSURE || answer === GMAIL_ANSWER ? [] : [answer];
}

/** Why sending fails, most likely first; never empty. */
export function diagnoseSend(a: SendAnswers): readonly Cause<SendCauseId>[] {
  // Which outgoing server the customer uses is asked only on the relay-denied path.
  const current = a.host === 'mail' || a.host === 'mails' || a.host === 'mailssl' ? HOSTS[a.host] : undefined;
  const connection: ConnectionAnswers = {
    role: 'send',
    host: sendHostFor(current, a['virus-check']),
    hostKnown: current !== undefined,
    port: a.port,
    security: a.security,
    network: a.network,
  };
  const found: Cause[] = [];

  if (a.port !== undefined || a.security !== undefined) found.push(...connectionCauses(connection));

  const smtpAuth: Fix[] = [{ field: 'smtp-auth', value: 'on' }];
  const popBeforeSmtp = a['smtp-auth'] === POP_BEFORE_SMTP_ANSWER;
  if (a['smtp-auth'] === 'no') found.push(cause('out-auth-off', 'definite', smtpAuth));
  if (a['smtp-auth'] === UNSURE) found.push(cause('out-auth-off', 'possible', smtpAuth));
  // An app without SMTP AUTH has nothing to switch on: not a definite cause. Its copy says how
  // POP before SMTP sends, and the incoming port says whether it can.
  if (popBeforeSmtp) found.push(cause('out-auth-off', 'likely', []), ...popBeforeSmtpCauses(a['receive-port']));

  const registration: Fix[] = [{ field: 'registration', value: 'registered' }];
  if (a.registration === 'no') found.push(cause('registration-missing', 'definite', registration));
  // Not asked on the "don't know" path, and SMTP AUTH needs it whatever the app does; an app
  // that sends with POP before SMTP does not use SMTP AUTH.
  if (a.registration === UNSURE || (a.symptom === UNSURE && a.registration === undefined && !popBeforeSmtp)) {
    found.push(cause('registration-missing', 'possible', registration));
  }

  found.push(...userNameCauses(a['user-name']));

  const toHost: Fix[] = [{ field: 'host', value: connection.host }];
  // ※6 calls mails 「『おまかせウイルスチェック』を契約している場合のサーバ」 and says no more:
  // likely, not definite.
  if (a.host === 'mails' && a['virus-check'] === 'no') found.push(cause('mails-without-virus-check', 'likely', toHost));
  if (a.host === 'mails' && a['virus-check'] === UNSURE) found.push(cause('mails-virus-check-unsure', 'possible', toHost));
  if (a.host === 'other') found.push(cause('host-unknown', 'definite', toHost));

  const antivirus: Fix[] = [{ field: 'antivirus-outgoing-check', value: 'off' }];
  if (a.antivirus === 'yes') found.push(cause('antivirus-outgoing-check', 'likely', antivirus));
  if (a.antivirus === UNSURE) found.push(cause('antivirus-outgoing-check', 'possible', antivirus));

  if (a.symptom === 'password-rejected') {
    found.push(cause('wrong-password', 'possible', [{ field: 'password', value: USER_NAME_RULE.password }]));
  }
  // The source: a network other than ASAHI Net's may restrict outside mail servers.
  if (a.symptom === 'times-out' && a.network !== OWN_NETWORK) found.push(cause('network-restriction', 'possible', []));

  if (found.length === 0) {
    const setting = { setting: connectionTarget(connection), ...(connection.hostKnown ? {} : { hostAssumed: true }) };
    found.push(cause('recheck-settings', 'possible', [], setting));
  }
  return mostLikelyFirst(unique(found).filter(isSendCause), symptomsOf(a.symptom));
}

/** Why receiving fails, most likely first; never empty. */
export function diagnoseReceive(a: ReceiveAnswers): readonly Cause<ReceiveCauseId>[] {
  // Gmail on a computer no longer checks other accounts' mail by POP (Google): likely, since
  // the customer's Gmail may still be among those it had not reached yet.
  if (a.symptom === GMAIL_ANSWER) return [cause('gmail-pop-ended', 'likely', [])].filter(isReceiveCause);
  // The incoming server is the same for everyone, so it is always known.
  const connection: ConnectionAnswers = {
    role: 'receive',
    host: defaultHost('receive'),
    hostKnown: true,
    port: a.port,
    security: a.security,
    network: undefined,
  };
  const found: Cause[] = [];

  const toHost: Fix[] = [{ field: 'host', value: connection.host }];
  if (a.host === 'mail') found.push(cause('host-wrong-role', 'definite', toHost));
  if (a.host === 'other') found.push(cause('host-unknown', 'definite', toHost));
  if (a.host === UNSURE) found.push(cause('check-host', 'possible', toHost));

  if (a.port !== undefined || a.security !== undefined) found.push(...connectionCauses(connection));

  found.push(...userNameCauses(a['user-name']));

  if (a.symptom === 'password-rejected') {
    found.push(cause('wrong-password', 'possible', [{ field: 'password', value: USER_NAME_RULE.password }]));
  }
  if (a.symptom === 'times-out') found.push(cause('network-restriction', 'possible', []));

  if (found.length === 0) found.push(cause('recheck-settings', 'possible', [], { setting: connectionTarget(connection) }));
  return mostLikelyFirst(unique(found).filter(isReceiveCause), symptomsOf(a.symptom));
}
