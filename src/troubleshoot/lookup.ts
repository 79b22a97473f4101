/**
 * What a known error message means: the catalogue's causes it points to, most likely first
 * (rank.ts), each with its fix as the troubleshooting results show it (the values from the
 * settings table, through rules.ts), and the flow to continue in with the symptom answered.
 * A message seen both when sending and when receiving gives one group per direction, since
 * the values to end with differ.
 */
import type { PageId } from '../flow/steps';
import { USER_NAME_RULE } from '../settings/account';
import { defaultHost } from '../settings/lookups';
import type { Role } from '../settings/servers';
import { CATALOGUE, type FixField, type FlowCauseId, type Symptom } from './causes';
import type { Cause, Fix } from './flow-causes';
import type { MessageEntry } from './messages/types';
import { mostLikelyFirst } from './rank';
import { alternativeSetting, targetSetting, type Setting } from './rules';

export interface LookupGroup {
  readonly role: Role;
  /** The flow that asks the rest, and the answer to its first question the message gives. */
  readonly flow: 'cant-send' | 'cant-receive';
  readonly symptom?: Symptom;
  readonly causes: readonly Cause[];
}

/** With nothing known of the app's settings, the setting to end with is the provider's recommended one. */
function recommended(role: Role): Setting {
  return targetSetting(role, defaultHost(role), undefined, undefined, undefined);
}

function fixOf(field: FixField, role: Role, setting: Setting): Fix | null {
  switch (field) {
    case 'host':
      return { field, value: setting.host };
    case 'port':
      return { field, value: setting.port };
    case 'security':
      return { field, value: setting.security };
    case 'smtp-auth':
      return role === 'send' ? { field, value: 'on' } : null;
    case 'user-name':
      return { field, value: USER_NAME_RULE.userName };
    case 'password':
      return { field, value: USER_NAME_RULE.password };
    case 'registration':
      return { field, value: 'registered' };
    case 'antivirus-outgoing-check':
      return { field, value: 'off' };
  }
}

function causeOf(id: FlowCauseId, role: Role, entry: MessageEntry): Cause {
  const record = CATALOGUE[id];
  const setting = recommended(role);
  const fix = record.fixes.map((f) => fixOf(f, role, setting)).filter((f): f is Fix => f !== null);
  const connection = record.fixes.includes('port');
  const other = connection ? alternativeSetting(role, setting) : undefined;
  const alternative = other && [
    { field: 'port', value: other.port },
    { field: 'security', value: other.security },
  ] satisfies Fix[];
  // Every cause a flow finds has a setup step (causes.test.ts).
  const setupStep = record.setupStep as PageId;
  return {
    id,
    certainty: entry.definite?.includes(id) ? 'definite' : 'possible',
    fix,
    ...(connection || fix.length === 0 ? { setting } : {}),
    ...(alternative ? { alternative } : {}),
    setupStep,
  };
}

export function lookupCauses(entry: MessageEntry): readonly LookupGroup[] {
  const roles: readonly Role[] = entry.role === 'either' ? ['send', 'receive'] : [entry.role];
  return roles.map((role) => {
    const flow = role === 'send' ? 'cant-send' : 'cant-receive';
    const causes = entry.causes
      .filter((id) => (CATALOGUE[id].foundBy as readonly string[]).includes(flow))
      .map((id) => causeOf(id, role, entry));
    return {
      role,
      flow,
      ...(entry.symptom && { symptom: entry.symptom }),
      causes: mostLikelyFirst(causes, entry.symptom ? [entry.symptom] : []),
    };
  });
}
