/**
 * "I can't send mail" and "I can't receive mail": two short question flows on the shared
 * flow engine (same URL contract as the setup flow: steps in the path, answers in the
 * query), and the pure functions that turn their answers into likely causes.
 *
 * Steps that ask the same thing as the setup flow (network, registration, virus-check,
 * antivirus) share its step ids and answers, so answers carry over (toSetupAnswers).
 * Every cause comes from the source page; every value in a fix comes from the settings
 * table, through rules.ts.
 */
import { RESULT, type Flow } from '../flow/engine';
import { YES_NO_UNSURE, type Answers as SetupAnswers, type PageId } from '../flow/steps';
import { USER_NAME_RULE } from '../settings/account';
import { HOSTS, PORTS, type Host, type HostKey, type Port, type Role, type Security } from '../settings/servers';
import {
  APP_SECURITY,
  NETWORKS,
  USER_FORMS,
  alternativeSetting,
  defaultHost,
  port25Blocked,
  sendHostFor,
  targetSetting,
  type AppSecurity,
  type Setting,
} from './rules';

// --- the definitions ------------------------------------------------------------------

const UNSURE = 'unsure';

const SECURITY_OPTIONS = [...APP_SECURITY, UNSURE] as const;
const USER_NAME_OPTIONS = [...USER_FORMS, UNSURE] as const;

const SEND_STEPS = {
  symptom: { options: ['times-out', 'password-rejected', 'relay-denied', 'secure-connection', UNSURE] },
  port: { options: [`${PORTS.smtpSsl}`, `${PORTS.submission}`, `${PORTS.smtp}`, 'other', UNSURE] },
  security: { options: SECURITY_OPTIONS },
  network: { options: NETWORKS },
  'smtp-auth': { options: YES_NO_UNSURE },
  registration: { options: YES_NO_UNSURE },
  'user-name': { options: USER_NAME_OPTIONS },
  host: { options: ['mail', 'mails', 'mailssl', 'other', UNSURE] },
  'virus-check': { options: YES_NO_UNSURE },
  antivirus: { options: YES_NO_UNSURE },
} as const;

const RECEIVE_STEPS = {
  symptom: { options: ['times-out', 'password-rejected', 'secure-connection', UNSURE] },
  // `mail` stands for any of the outgoing servers typed as the incoming one.
  host: { options: ['pop', 'mail', 'other', UNSURE] },
  port: { options: [`${PORTS.popSsl}`, `${PORTS.pop}`, 'other', UNSURE] },
  security: { options: SECURITY_OPTIONS },
  'user-name': { options: USER_NAME_OPTIONS },
} as const;

// Host options are the settings table's host keys, so a label can show HOSTS[value].
SEND_STEPS.host.options satisfies readonly (HostKey | 'other' | typeof UNSURE)[];
RECEIVE_STEPS.host.options satisfies readonly (HostKey | 'other' | typeof UNSURE)[];

export type SendStepId = keyof typeof SEND_STEPS;
export type SendAnswerOf<S extends SendStepId> = (typeof SEND_STEPS)[S]['options'][number];
export type SendAnswers = { readonly [S in SendStepId]?: SendAnswerOf<S> };

export type ReceiveStepId = keyof typeof RECEIVE_STEPS;
export type ReceiveAnswerOf<S extends ReceiveStepId> = (typeof RECEIVE_STEPS)[S]['options'][number];
export type ReceiveAnswers = { readonly [S in ReceiveStepId]?: ReceiveAnswerOf<S> };

/**
 * Can't send. Four paths by what the error looks like, each of 4–6 questions:
 * - times out / secure-connection error: symptom, port, security, [network], antivirus
 * - password rejected: symptom, user-name, registration, antivirus
 * - relay denied: symptom, smtp-auth, registration, host, [virus-check], antivirus
 * - don't know: symptom, port, security, [network], smtp-auth, antivirus
 * The network matters only for port 25; the option only for mails (or an unknown host).
 */
export const CANT_SEND_FLOW: Flow<SendStepId, SendAnswers> = {
  id: 'cant-send',
  first: 'symptom',
  steps: SEND_STEPS,
  next: {
    symptom: (a) =>
      a.symptom === 'password-rejected'
        ? { step: 'user-name' }
        : a.symptom === 'relay-denied'
          ? { step: 'smtp-auth' }
          : { step: 'port' },
    port: () => ({ step: 'security' }),
    security: (a) => (a.port === `${PORTS.smtp}` || a.port === UNSURE ? { step: 'network' } : afterConnection(a)),
    network: (a) => afterConnection(a),
    'smtp-auth': (a) => (a.symptom === 'relay-denied' ? { step: 'registration' } : { step: 'antivirus' }),
    'user-name': () => ({ step: 'registration' }),
    registration: (a) => (a.symptom === 'relay-denied' ? { step: 'host' } : { step: 'antivirus' }),
    host: (a) => (a.host === 'mails' || a.host === UNSURE ? { step: 'virus-check' } : { step: 'antivirus' }),
    'virus-check': () => ({ step: 'antivirus' }),
    antivirus: () => ({ outcome: RESULT }),
  },
};

function afterConnection(a: SendAnswers): { readonly step: SendStepId } {
  return a.symptom === UNSURE ? { step: 'smtp-auth' } : { step: 'antivirus' };
}

/**
 * Can't receive. Three paths, of 3–5 questions:
 * - times out / secure-connection error: symptom, host, port, security
 * - password rejected: symptom, user-name, host
 * - don't know: symptom, host, port, security, user-name
 */
export const CANT_RECEIVE_FLOW: Flow<ReceiveStepId, ReceiveAnswers> = {
  id: 'cant-receive',
  first: 'symptom',
  steps: RECEIVE_STEPS,
  next: {
    symptom: (a) => (a.symptom === 'password-rejected' ? { step: 'user-name' } : { step: 'host' }),
    'user-name': (a) => (a.symptom === 'password-rejected' ? { step: 'host' } : { outcome: RESULT }),
    host: (a) => (a.symptom === 'password-rejected' ? { outcome: RESULT } : { step: 'port' }),
    port: () => ({ step: 'security' }),
    security: (a) => (a.symptom === UNSURE ? { step: 'user-name' } : { outcome: RESULT }),
  },
};

export const SEND_STEP_IDS = Object.keys(SEND_STEPS) as SendStepId[];
export const RECEIVE_STEP_IDS = Object.keys(RECEIVE_STEPS) as ReceiveStepId[];

// --- causes -----------------------------------------------------------------------------

/**
 * How sure a cause is:
 * - definite: an answer shows a setting the source rules out;
 * - likely: an answer points to it (e.g. the antivirus does check outgoing mail);
 * - possible: not ruled out, because an answer was "don't know" or the question was not
 *   asked on this path, or it is the usual suspect for what the error looks like.
 */
export type Certainty = 'definite' | 'likely' | 'possible';
export const CERTAINTIES: readonly Certainty[] = ['definite', 'likely', 'possible'];

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

export type FixField = Fix['field'];

/**
 * Causes, in the order they are listed within one certainty and symptom match (see
 * sortCauses): the connection settings (what apps most often get wrong by themselves),
 * then authentication and the account, then the server, then the customer's software and
 * network, then the fallback.
 */
export const SEND_CAUSE_IDS = [
  'starttls',
  'ssl-on-plain-port',
  'no-ssl-on-ssl-port',
  'port-25-au-hikari',
  'port-not-offered',
  'port-25-blocked',
  'check-port-security',
  'out-auth-off',
  'registration-missing',
  'user-is-address',
  'user-not-lowercase',
  'user-not-id',
  'mails-without-virus-check',
  'host-unknown',
  'mails-virus-check-unsure',
  'antivirus-outgoing-check',
  'wrong-password',
  'network-restriction',
  'recheck-settings',
] as const;
export type SendCauseId = (typeof SEND_CAUSE_IDS)[number];

export const RECEIVE_CAUSE_IDS = [
  'starttls',
  'ssl-on-plain-port',
  'no-ssl-on-ssl-port',
  'port-not-offered',
  'host-wrong-role',
  'host-unknown',
  'check-host',
  'check-port-security',
  'user-is-address',
  'user-not-lowercase',
  'user-not-id',
  'wrong-password',
  'network-restriction',
  'recheck-settings',
] as const;
export type ReceiveCauseId = (typeof RECEIVE_CAUSE_IDS)[number];

export type CauseId = SendCauseId | ReceiveCauseId;

export interface Cause<Id extends CauseId = CauseId> {
  readonly id: Id;
  readonly certainty: Certainty;
  /** What to change; empty when nothing is known to be wrong (recheck-settings). */
  readonly fix: readonly Fix[];
  /** Another change that works, for an app that cannot do the first (e.g. no SSL/TLS). */
  readonly alternative?: readonly Fix[];
  /** The whole server setting to end with, for causes about host, port or security. */
  readonly setting?: Setting;
  /**
   * True when the flow did not ask which outgoing server the customer uses, so the
   * setting shows the standard one; subscribers of the virus-check option keep mails.
   */
  readonly hostAssumed?: boolean;
  /** The setup flow's page to re-check this with. */
  readonly setupStep: PageId;
}

type Symptom = SendAnswerOf<'symptom'> | ReceiveAnswerOf<'symptom'>;

/** What each cause usually looks like to the customer: those come first within a certainty. */
const SYMPTOMS_OF: Record<CauseId, readonly Symptom[]> = {
  starttls: ['secure-connection', 'times-out'],
  'ssl-on-plain-port': ['secure-connection', 'times-out'],
  'no-ssl-on-ssl-port': ['times-out', 'secure-connection'],
  'port-25-au-hikari': ['times-out'],
  'port-25-blocked': ['times-out'],
  'port-not-offered': ['times-out', 'secure-connection'],
  'out-auth-off': ['relay-denied'],
  'registration-missing': ['relay-denied', 'password-rejected'],
  'user-is-address': ['password-rejected'],
  'user-not-lowercase': ['password-rejected'],
  'user-not-id': ['password-rejected'],
  'wrong-password': ['password-rejected'],
  'mails-without-virus-check': ['relay-denied'],
  'mails-virus-check-unsure': ['relay-denied'],
  'host-wrong-role': ['times-out'],
  'host-unknown': ['times-out', 'password-rejected', 'relay-denied'],
  'check-host': ['times-out'],
  'antivirus-outgoing-check': ['password-rejected'],
  'check-port-security': ['times-out', 'secure-connection'],
  'network-restriction': ['times-out'],
  'recheck-settings': [],
};

const SETUP_STEP_OF: Record<CauseId, PageId> = {
  // The app question decides SSL/TLS and SMTP AUTH, hence port and security.
  starttls: 'client',
  'ssl-on-plain-port': 'client',
  'no-ssl-on-ssl-port': 'client',
  'port-not-offered': 'client',
  'check-port-security': 'client',
  'out-auth-off': 'client',
  'port-25-au-hikari': 'network',
  'port-25-blocked': 'network',
  'network-restriction': 'network',
  'registration-missing': 'registration',
  'mails-without-virus-check': 'virus-check',
  'mails-virus-check-unsure': 'virus-check',
  'antivirus-outgoing-check': 'antivirus',
  // The user name, password and incoming server are the same for everyone: the result shows them.
  'user-is-address': RESULT,
  'user-not-lowercase': RESULT,
  'user-not-id': RESULT,
  'wrong-password': RESULT,
  'host-wrong-role': RESULT,
  'host-unknown': RESULT,
  'check-host': RESULT,
  'recheck-settings': RESULT,
};

/**
 * Most likely first: by certainty, then causes that usually look like the customer's
 * symptom, then the order of the cause id lists (connection settings, then the
 * account, then the environment).
 */
function sortCauses<Id extends CauseId>(
  causes: Cause<Id>[],
  order: readonly Id[],
  symptom: Symptom | undefined,
): Cause<Id>[] {
  const rank = (c: Cause<Id>) => [
    CERTAINTIES.indexOf(c.certainty),
    symptom !== undefined && SYMPTOMS_OF[c.id].includes(symptom) ? 0 : 1,
    order.indexOf(c.id),
  ];
  return causes.sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i++) {
      const d = (ra[i] ?? 0) - (rb[i] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  });
}

function cause(
  id: CauseId,
  certainty: Certainty,
  fix: readonly Fix[],
  extra: Pick<Cause, 'alternative' | 'setting' | 'hostAssumed'> = {},
): Cause {
  return { id, certainty, fix, ...extra, setupStep: SETUP_STEP_OF[id] };
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
    case 'id-uppercase':
      return [cause('user-not-lowercase', 'definite', fix)];
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
  if (a['smtp-auth'] === 'no') found.push(cause('out-auth-off', 'definite', smtpAuth));
  if (a['smtp-auth'] === UNSURE) found.push(cause('out-auth-off', 'possible', smtpAuth));

  const registration: Fix[] = [{ field: 'registration', value: 'registered' }];
  if (a.registration === 'no') found.push(cause('registration-missing', 'definite', registration));
  // Not asked on the "don't know" path, and SMTP AUTH needs it whatever the app does.
  if (a.registration === UNSURE || (a.symptom === UNSURE && a.registration === undefined)) {
    found.push(cause('registration-missing', 'possible', registration));
  }

  found.push(...userNameCauses(a['user-name']));

  const toHost: Fix[] = [{ field: 'host', value: connection.host }];
  if (a.host === 'mails' && a['virus-check'] === 'no') found.push(cause('mails-without-virus-check', 'definite', toHost));
  if (a.host === 'mails' && a['virus-check'] === UNSURE) found.push(cause('mails-virus-check-unsure', 'possible', toHost));
  if (a.host === 'other') found.push(cause('host-unknown', 'definite', toHost));

  const antivirus: Fix[] = [{ field: 'antivirus-outgoing-check', value: 'off' }];
  if (a.antivirus === 'yes') found.push(cause('antivirus-outgoing-check', 'likely', antivirus));
  if (a.antivirus === UNSURE) found.push(cause('antivirus-outgoing-check', 'possible', antivirus));

  if (a.symptom === 'password-rejected') {
    found.push(cause('wrong-password', 'possible', [{ field: 'password', value: USER_NAME_RULE.password }]));
  }
  // The source: a network other than ASAHI Net's may restrict outside mail servers.
  if (a.symptom === 'times-out' && a.network !== 'asahi') found.push(cause('network-restriction', 'possible', []));

  if (found.length === 0) {
    const setting = { setting: connectionTarget(connection), ...(connection.hostKnown ? {} : { hostAssumed: true }) };
    found.push(cause('recheck-settings', 'possible', [], setting));
  }
  return sortCauses(unique(found).filter(isSendCause), SEND_CAUSE_IDS, a.symptom);
}

/** Why receiving fails, most likely first; never empty. */
export function diagnoseReceive(a: ReceiveAnswers): readonly Cause<ReceiveCauseId>[] {
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
  return sortCauses(unique(found).filter(isReceiveCause), RECEIVE_CAUSE_IDS, a.symptom);
}

/**
 * The answers the setup flow can take over, so that "re-check in the setup flow" does
 * not ask again what the customer has just said. Same step ids, same answers.
 */
export function toSetupAnswers(a: SendAnswers): SetupAnswers {
  return {
    ...(a.registration && { registration: a.registration }),
    ...(a.network && { network: a.network }),
    ...(a['virus-check'] && { 'virus-check': a['virus-check'] }),
    ...(a.antivirus && { antivirus: a.antivirus }),
  };
}
