/**
 * "Check my current settings": the customer enters what their mail app shows (read by
 * check-query.ts), and gets every mismatch with the provider's rules, most likely cause
 * first, each with the corrected value to copy. Which causes exist, their setup steps and
 * their order are the catalogue's (causes.ts, rank.ts); this file only detects them.
 *
 * Every host, port and security value comes from the settings table through rules.ts;
 * nothing here spells one.
 */
import { USER_NAME_RULE } from '../settings/account';
import { defaultHost, offers, portsOfRole, roleOf } from '../settings/lookups';
import { HOSTS, PORTS, portWorksOn, securityOf, type Host, type Port, type Role, type Security } from '../settings/servers';
import type { PageId } from '../flow/steps';
import { CATALOGUE, type DiagnosisId } from './causes';
import { CHECK_FIELDS, SETTING_FIELDS, type CheckField, type CheckInput } from './check-query';
import { matchHost } from './host-match';
import { compareLikelihood, type Certainty } from './rank';
import type { AppSecurity } from './answers';
import { alternativeSetting, popBeforeSmtpReceiving, port25Blocked, sendHostFor, targetSetting, type Setting } from './rules';

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
  /**
   * Missing for a mismatch with the provider's rules, which is certain; `likely` for one that
   * holds only if the app is as the finding says (pop-before-smtp-ssl: an app without SMTP AUTH),
   * or that the source states less firmly (user-not-lowercase, mails-without-virus-check).
   */
  readonly certainty?: Certainty;
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
  /** The setup flow's page to re-check this with (the catalogue's). */
  readonly setupStep?: PageId;
  /** looks-right only: notes about what the settings cannot show. */
  readonly hints?: readonly HintId[];
  /** looks-right only: the settings fields that were left empty, so not checked. */
  readonly unchecked?: readonly CheckField[];
}

/** A diagnosis as the catalogue knows it: its id and, if it has one, its setup step. */
function finding(id: DiagnosisId): Pick<Diagnosis, 'id' | 'setupStep'> {
  const { setupStep } = CATALOGUE[id];
  return { id, ...(setupStep !== null && { setupStep }) };
}

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
  return {
    ...finding(id),
    field,
    given,
    expected,
    ...(extra.also && extra.also.length > 0 && { also: extra.also }),
    ...(extra.alternative && extra.alternative.length > 0 && { alternative: extra.alternative }),
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
    // ※6 says mails is the server for subscribers, and no more: likely, not certain.
    if (s.current === HOSTS.mails && option === 'no') found.push({ ...host('mails-without-virus-check'), certainty: 'likely' });
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
  // 「すべて半角小文字で設定」 stands on the source's password row: likely, not certain.
  if (user === 'id-uppercase') found.push({ ...diagnosis('user-not-lowercase', 'user', user, id), certainty: 'likely' });
  if (user === 'other') found.push(diagnosis('user-not-id', 'user', user, id));
  return found;
}

/**
 * Outgoing authentication off beside receiving over SSL/TLS: an app without SMTP AUTH sends
 * with POP before SMTP, whose servers do not support SSL/TLS (ASAHI Net's POP before SMTP
 * page), so it must receive on the unencrypted port. This is what the guide advised before
 * issue 30. Likely, not certain: an app that has SMTP AUTH only needs it switched on.
 */
function popBeforeSmtpDiagnoses(input: CheckInput): Diagnosis[] {
  const port = input['in-port'];
  const security = input['in-security'];
  if (input['out-auth'] !== 'off' || (port !== PORTS.popSsl && security !== 'ssl-tls')) return [];
  const target = popBeforeSmtpReceiving();
  const { port: portField, security: securityField } = ROLE_FIELDS.receive;
  const onPort = port === PORTS.popSsl;
  const also: Correction[] = onPort
    ? security === target.security
      ? []
      : [{ field: securityField, value: target.security }]
    : port === target.port
      ? []
      : [{ field: portField, value: target.port }];
  const found = onPort
    ? diagnosis('pop-before-smtp-ssl', portField, port, target.port, { also })
    : diagnosis('pop-before-smtp-ssl', securityField, security ?? 'ssl-tls', target.security, { also });
  return [{ ...found, certainty: 'likely' }];
}

/** What to mention when nothing is wrong: what the app's settings cannot show. */
export function hintsFor(input: CheckInput): HintId[] {
  const hints: HintId[] = ['registration', 'antivirus-outgoing-check'];
  if (input['in-security'] === 'none' || input['out-security'] === 'none') hints.push('encryption-recommended');
  // Port 25 on ASAHI Net's own line: not from au Hikari (※5), and other networks may block it.
  const outPort = input['out-port'];
  if (outPort !== undefined && !portWorksOn(outPort, undefined) && portWorksOn(outPort, input.network)) hints.push('port-25-asahi-only');
  return hints;
}

function fieldOrder(d: Diagnosis): number {
  return d.field === null ? -1 : CHECK_FIELDS.indexOf(d.field);
}

/**
 * Every mismatch between what the app shows and the provider's rules, most likely first
 * (the catalogue's rank, then incoming before outgoing). With no mismatch, a single
 * looks-right (with hints and the fields not checked), or nothing-to-check when no
 * setting was given at all.
 */
export function diagnose(input: CheckInput): readonly Diagnosis[] {
  const unchecked = SETTING_FIELDS.filter((f) => input[f] === undefined);
  if (unchecked.length === SETTING_FIELDS.length) {
    return [{ ...finding('nothing-to-check'), field: null, given: null, expected: null }];
  }
  const found: Diagnosis[] = [];
  for (const role of ['receive', 'send'] as const) {
    const s = serverCheck(role, input);
    found.push(...hostDiagnoses(s, input), ...connectionDiagnoses(s, input));
  }
  found.push(...accountDiagnoses(input), ...popBeforeSmtpDiagnoses(input));
  if (found.length === 0) {
    return [{ ...finding('looks-right'), field: null, given: null, expected: null, hints: hintsFor(input), unchecked }];
  }
  // Mismatches are certain, so the rank decides, but for what holds only for some apps; the
  // checker knows no symptom.
  return found.sort((a, b) => compareLikelihood(a, b) || fieldOrder(a) - fieldOrder(b));
}
