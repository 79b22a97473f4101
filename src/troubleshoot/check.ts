/**
 * "Check my current settings": the customer enters what their mail app shows, and gets
 * every mismatch with the provider's rules, most likely cause first, each with the
 * corrected value to copy. None of the inputs is personal (the user name is asked only
 * by its form), so they travel in the URL and a support agent can share a check.
 *
 * Every host, port and security value comes from the settings table through rules.ts;
 * nothing here spells one.
 */
import { RESULT } from '../flow/engine';
import { YES_NO_UNSURE, type PageId } from '../flow/steps';
import { ID_CHARACTERS, USER_NAME_RULE } from '../settings/account';
import { HOSTS, PORTS, securityOf, type Host, type Port, type Role, type Security } from '../settings/servers';
import { echo } from '../flow/resolve';
import {
  APP_SECURITY,
  NETWORKS,
  USER_FORMS,
  alternativeSetting,
  defaultHost,
  isHostShaped,
  matchHost,
  offers,
  port25Blocked,
  portsOfRole,
  roleOf,
  sendHostFor,
  targetSetting,
  type AppSecurity,
  type Network,
  type Setting,
  type UserForm,
  type YesNoUnsure,
} from './rules';

// --- inputs and their URL form -----------------------------------------------------------

/**
 * The query keys, in canonical order: the form's fields, then two optional facts about
 * the customer's situation. A public contract once shipped, like the flows' step ids.
 */
export const CHECK_FIELDS = [
  'in-host',
  'in-port',
  'in-security',
  'out-host',
  'out-port',
  'out-security',
  'out-auth',
  'user',
  'network',
  'virus-check',
] as const;
export type CheckField = (typeof CHECK_FIELDS)[number];

/** The fields that describe the app's settings (network and virus-check are context). */
export const SETTING_FIELDS: readonly CheckField[] = CHECK_FIELDS.filter((f) => f !== 'network' && f !== 'virus-check');

export const AUTH_OPTIONS = ['on', 'off'] as const;
export type AuthInput = (typeof AUTH_OPTIONS)[number];

export interface CheckInput {
  /** As typed (trimmed): full-width characters are kept, so that they can be pointed out. */
  readonly 'in-host'?: string;
  readonly 'in-port'?: number;
  readonly 'in-security'?: AppSecurity;
  readonly 'out-host'?: string;
  readonly 'out-port'?: number;
  readonly 'out-security'?: AppSecurity;
  readonly 'out-auth'?: AuthInput;
  readonly user?: UserForm;
  readonly network?: Network;
  readonly 'virus-check'?: YesNoUnsure;
}

/** The options of every field that is a choice, for the form and the parser. */
export const CHECK_OPTIONS = {
  'in-security': APP_SECURITY,
  'out-security': APP_SECURITY,
  'out-auth': AUTH_OPTIONS,
  user: USER_FORMS,
  network: NETWORKS,
  'virus-check': YES_NO_UNSURE,
} as const satisfies Partial<Record<CheckField, readonly string[]>>;

export interface InvalidField {
  readonly field: CheckField;
  /** What the URL held, cut to a readable length. Rendered as text, never as markup. */
  readonly value: string;
}

/** Longer than any host name can be: not read at all. */
const MAX_RAW = 300;
const HIGHEST_PORT = 65535;

type Parsed = string | number | undefined;

function parseHost(raw: string): Parsed {
  const value = raw.trim();
  return value.length <= MAX_RAW && isHostShaped(value) ? value : undefined;
}

function parsePort(raw: string): Parsed {
  const value = raw.normalize('NFKC').trim();
  if (!/^\d{1,5}$/.test(value)) return undefined;
  const port = Number(value);
  return port >= 1 && port <= HIGHEST_PORT ? port : undefined;
}

function parseChoice(options: readonly string[]) {
  return (raw: string): Parsed => {
    const value = raw.normalize('NFKC').trim().toLowerCase();
    return options.includes(value) ? value : undefined;
  };
}

const PARSERS: Record<CheckField, (raw: string) => Parsed> = {
  'in-host': parseHost,
  'in-port': parsePort,
  'in-security': parseChoice(CHECK_OPTIONS['in-security']),
  'out-host': parseHost,
  'out-port': parsePort,
  'out-security': parseChoice(CHECK_OPTIONS['out-security']),
  'out-auth': parseChoice(CHECK_OPTIONS['out-auth']),
  user: parseChoice(CHECK_OPTIONS.user),
  network: parseChoice(CHECK_OPTIONS.network),
  'virus-check': parseChoice(CHECK_OPTIONS['virus-check']),
};

function isCheckField(key: string): key is CheckField {
  return (CHECK_FIELDS as readonly string[]).includes(key);
}

/**
 * Reads a check from a query string (with or without `?`). Never throws: unknown keys
 * and repeats are dropped (first wins), keys are matched case-insensitively, an empty
 * value is no value, and a value that is not understood is left out of `input` and
 * named in `invalid`, so the form can show it with an error.
 */
export function parseCheck(search: string): { readonly input: CheckInput; readonly invalid: readonly InvalidField[] } {
  const input: Record<string, string | number> = {};
  const invalid: InvalidField[] = [];
  const seen = new Set<string>();
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { input: {}, invalid: [] };
  }
  for (const [rawKey, rawValue] of params) {
    const key = rawKey.trim().toLowerCase();
    if (!isCheckField(key) || seen.has(key)) continue;
    seen.add(key);
    if (rawValue.trim() === '') continue;
    const value = PARSERS[key](rawValue);
    if (value === undefined) invalid.push({ field: key, value: echo(rawValue) });
    else input[key] = value;
  }
  return { input: input as CheckInput, invalid };
}

/** The canonical query string of a check: given fields only, in CHECK_FIELDS order. `?…` or empty. */
export function checkToQuery(input: CheckInput): string {
  const params = new URLSearchParams();
  for (const field of CHECK_FIELDS) {
    const value = input[field];
    if (value !== undefined && value !== '') params.set(field, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * The form of a user name, for a page that lets the customer type theirs without it
 * leaving the page: only the form goes into the URL, never the name.
 */
export function classifyUserName(raw: string): UserForm | undefined {
  const value = raw.trim();
  if (value === '') return undefined;
  if (/[@\uff20]/.test(value)) return 'address';
  if (ID_CHARACTERS.test(value)) return 'id';
  return ID_CHARACTERS.test(value.normalize('NFKC').toLowerCase()) ? 'id-uppercase' : 'other';
}

// --- diagnoses ----------------------------------------------------------------------------

/**
 * Every diagnosis, most likely first. The order is the likelihood order of the result:
 * 1. what mail apps most often get wrong by themselves, which certainly breaks mail:
 *    STARTTLS (many apps' default on 587 and 110), SSL/TLS and port not matching, the
 *    e-mail address as the user name (most apps fill it in), authentication off;
 * 2. what the network or the contract rules out: port 25 on au Hikari, mails without
 *    the option;
 * 3. values typed into the wrong field or mistyped, which also certainly break mail;
 * 4. what may fail depending on what the customer did not say: port 25 off ASAHI Net's
 *    own line (OP25B), mails when unsure of the option;
 * 5. what works but is not what the customer pays for: mail when subscribed to the
 *    virus check.
 * Then the two results that are not mismatches.
 */
export const DIAGNOSIS_IDS = [
  'starttls',
  'ssl-on-plain-port',
  'no-ssl-on-ssl-port',
  'user-is-address',
  'out-auth-off',
  'port-25-au-hikari',
  'mails-without-virus-check',
  'host-wrong-role',
  'port-wrong-role',
  'host-typo',
  'host-address-domain',
  'host-unknown',
  'port-not-offered',
  'host-full-width',
  'user-not-lowercase',
  'user-not-id',
  'port-25-blocked',
  'mails-virus-check-unsure',
  'mail-with-virus-check',
  'looks-right',
  'nothing-to-check',
] as const;
export type DiagnosisId = (typeof DIAGNOSIS_IDS)[number];

/** Notes shown with a result that has no mismatch: what the settings cannot show. */
export const HINT_IDS = ['registration', 'antivirus-outgoing-check', 'encryption-recommended', 'port-25-asahi-only'] as const;
export type HintId = (typeof HINT_IDS)[number];

/** A value to copy into the app. */
export type Expected = Host | Port | Security | 'on' | typeof USER_NAME_RULE.userName;

export interface Correction {
  readonly field: CheckField;
  readonly value: Expected;
}

export interface Diagnosis {
  readonly id: DiagnosisId;
  /** The field at fault; null for looks-right and nothing-to-check. */
  readonly field: CheckField | null;
  /** What the customer entered there. */
  readonly given: string | number | null;
  /** The corrected value to copy; for a host typo, the "did you mean". */
  readonly expected: Expected | null;
  /** Other fields that must change together with this one (e.g. the port for STARTTLS). */
  readonly also?: readonly Correction[];
  /** Another set of changes that works, for an app that cannot do the first. */
  readonly alternative?: readonly Correction[];
  /** The setup flow's page to re-check this with. */
  readonly setupStep?: PageId;
  /** looks-right only: notes about what the settings cannot show. */
  readonly hints?: readonly HintId[];
  /** looks-right only: the settings fields that were left empty, so not checked. */
  readonly unchecked?: readonly CheckField[];
}

const SETUP_STEP: Partial<Record<DiagnosisId, PageId>> = {
  starttls: 'client',
  'ssl-on-plain-port': 'client',
  'no-ssl-on-ssl-port': 'client',
  'port-not-offered': 'client',
  'port-wrong-role': 'client',
  'out-auth-off': 'client',
  'port-25-au-hikari': 'network',
  'port-25-blocked': 'network',
  'mails-without-virus-check': 'virus-check',
  'mails-virus-check-unsure': 'virus-check',
  'mail-with-virus-check': 'virus-check',
  'host-wrong-role': RESULT,
  'host-typo': RESULT,
  'host-address-domain': RESULT,
  'host-unknown': RESULT,
  'host-full-width': RESULT,
  'user-is-address': RESULT,
  'user-not-lowercase': RESULT,
  'user-not-id': RESULT,
};

const ROLE_FIELDS = {
  receive: { host: 'in-host', port: 'in-port', security: 'in-security' },
  send: { host: 'out-host', port: 'out-port', security: 'out-security' },
} as const satisfies Record<Role, { host: CheckField; port: CheckField; security: CheckField }>;

function diagnosis(
  id: DiagnosisId,
  field: CheckField,
  given: string | number,
  expected: Expected,
  extra: Pick<Diagnosis, 'also' | 'alternative'> = {},
): Diagnosis {
  const setupStep = SETUP_STEP[id];
  return {
    id,
    field,
    given,
    expected,
    ...(extra.also && extra.also.length > 0 && { also: extra.also }),
    ...(extra.alternative && extra.alternative.length > 0 && { alternative: extra.alternative }),
    ...(setupStep && { setupStep }),
  };
}

interface ServerCheck {
  readonly role: Role;
  readonly fields: (typeof ROLE_FIELDS)[Role];
  readonly rawHost: string | undefined;
  readonly port: number | undefined;
  readonly security: AppSecurity | undefined;
  /** The provider's host the customer typed or meant, if it is one of this role. */
  readonly current: Host | undefined;
  /** What the setting should become. */
  readonly target: Setting;
}

function serverCheck(role: Role, input: CheckInput): ServerCheck {
  const fields = ROLE_FIELDS[role];
  const rawHost = input[fields.host];
  const port = input[fields.port];
  const security = input[fields.security];
  const match = rawHost === undefined ? undefined : matchHost(rawHost, role);
  const named = match?.kind === 'exact' ? match.host : match?.kind === 'typo' ? match.meant : undefined;
  const current = named !== undefined && roleOf(named) === role ? named : undefined;
  const host = role === 'receive' ? defaultHost('receive') : sendHostFor(current, input['virus-check']);
  const target = targetSetting(role, host, port, security, input.network);
  return { role, fields, rawHost, port, security, current, target };
}

/** The settings the customer's should become, whole: what a "corrected settings" box shows. */
export function correctedSettings(input: CheckInput): { readonly receive: Setting; readonly send: Setting } {
  return { receive: serverCheck('receive', input).target, send: serverCheck('send', input).target };
}

function hostDiagnoses(s: ServerCheck, input: CheckInput): Diagnosis[] {
  if (s.rawHost === undefined) return [];
  const found: Diagnosis[] = [];
  const host = (id: DiagnosisId) => diagnosis(id, s.fields.host, s.rawHost ?? '', s.target.host);
  const match = matchHost(s.rawHost, s.role);
  if (match.kind === 'exact' && roleOf(match.host) !== s.role) found.push(host('host-wrong-role'));
  else if (match.kind === 'exact' && match.fullWidth) found.push(host('host-full-width'));
  else if (match.kind === 'address-domain') found.push(host('host-address-domain'));
  else if (match.kind === 'typo') found.push(host('host-typo'));
  else if (match.kind === 'unknown') found.push(host('host-unknown'));

  if (s.role === 'send' && s.current !== undefined) {
    const option = input['virus-check'];
    if (s.current === HOSTS.mails && option === 'no') found.push(host('mails-without-virus-check'));
    if (s.current === HOSTS.mails && option === 'unsure') found.push(host('mails-virus-check-unsure'));
    if (s.current !== HOSTS.mails && option === 'yes') found.push(host('mail-with-virus-check'));
  }
  return found;
}

function otherRole(role: Role): Role {
  return role === 'receive' ? 'send' : 'receive';
}

/** The changes that lead from the given values to `to`, leaving out the field being diagnosed. */
function corrections(s: ServerCheck, to: Setting | undefined, except?: CheckField): Correction[] {
  if (!to) return [];
  const list: Correction[] = [];
  if (to.host !== s.target.host) list.push({ field: s.fields.host, value: to.host });
  if (to.port !== s.port) list.push({ field: s.fields.port, value: to.port });
  if (to.security !== s.security) list.push({ field: s.fields.security, value: to.security });
  return list.filter((c) => c.field !== except);
}

function connectionDiagnoses(s: ServerCheck, input: CheckInput): Diagnosis[] {
  const found: Diagnosis[] = [];
  const alternativeTo = alternativeSetting(s.role, s.target);
  const extra = (field: CheckField) => ({
    also: corrections(s, s.target, field),
    alternative: corrections(s, alternativeTo),
  });

  const { port, security } = s;
  if (port !== undefined) {
    const field = s.fields.port;
    if (!offers(s.target.host, port)) {
      const ofRole = (role: Role): readonly number[] => portsOfRole(role);
      const wrongRole = ofRole(otherRole(s.role)).includes(port) && !ofRole(s.role).includes(port);
      found.push(diagnosis(wrongRole ? 'port-wrong-role' : 'port-not-offered', field, port, s.target.port, extra(field)));
    } else {
      if (security === 'ssl-tls' && securityOf(port) === 'none') {
        found.push(diagnosis('ssl-on-plain-port', field, port, s.target.port, extra(field)));
      }
      if (port25Blocked(s.role, port, input.network)) {
        const id = input.network === 'au-hikari' ? 'port-25-au-hikari' : 'port-25-blocked';
        found.push(diagnosis(id, field, port, s.target.port, { also: corrections(s, s.target, field) }));
      }
    }
  }
  if (security !== undefined) {
    const field = s.fields.security;
    if (security === 'starttls') found.push(diagnosis('starttls', field, security, s.target.security, extra(field)));
    else if (security === 'none' && port !== undefined && offers(s.target.host, port) && securityOf(port) === 'ssl-tls') {
      found.push(diagnosis('no-ssl-on-ssl-port', field, security, s.target.security, extra(field)));
    }
  }
  return found;
}

function accountDiagnoses(input: CheckInput): Diagnosis[] {
  const found: Diagnosis[] = [];
  if (input['out-auth'] === 'off') found.push(diagnosis('out-auth-off', 'out-auth', 'off', 'on'));
  const user = input.user;
  const id = USER_NAME_RULE.userName;
  if (user === 'address') found.push(diagnosis('user-is-address', 'user', user, id));
  if (user === 'id-uppercase') found.push(diagnosis('user-not-lowercase', 'user', user, id));
  if (user === 'other') found.push(diagnosis('user-not-id', 'user', user, id));
  return found;
}

/** What to mention when nothing is wrong: what the app's settings cannot show. */
export function hintsFor(input: CheckInput): HintId[] {
  const hints: HintId[] = ['registration', 'antivirus-outgoing-check'];
  if (input['in-security'] === 'none' || input['out-security'] === 'none') hints.push('encryption-recommended');
  if (input['out-port'] === PORTS.smtp && input.network === 'asahi') hints.push('port-25-asahi-only');
  return hints;
}

function rank(d: Diagnosis): [number, number] {
  return [DIAGNOSIS_IDS.indexOf(d.id), d.field === null ? -1 : CHECK_FIELDS.indexOf(d.field)];
}

/**
 * Every mismatch between what the app shows and the provider's rules, most likely first
 * (DIAGNOSIS_IDS order, then incoming before outgoing). With no mismatch, a single
 * looks-right (with hints and the fields not checked), or nothing-to-check when no
 * setting was given at all.
 */
export function diagnose(input: CheckInput): readonly Diagnosis[] {
  const unchecked = SETTING_FIELDS.filter((f) => input[f] === undefined);
  if (unchecked.length === SETTING_FIELDS.length) {
    return [{ id: 'nothing-to-check', field: null, given: null, expected: null }];
  }
  const found: Diagnosis[] = [];
  for (const role of ['receive', 'send'] as const) {
    const s = serverCheck(role, input);
    found.push(...hostDiagnoses(s, input), ...connectionDiagnoses(s, input));
  }
  found.push(...accountDiagnoses(input));
  if (found.length === 0) {
    return [{ id: 'looks-right', field: null, given: null, expected: null, hints: hintsFor(input), unchecked }];
  }
  return found.sort((a, b) => {
    const [ia, fa] = rank(a);
    const [ib, fb] = rank(b);
    return ia - ib || fa - fb;
  });
}
