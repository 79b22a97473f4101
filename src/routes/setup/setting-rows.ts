/**
 * The result's settings as labelled rows, in the words of the customer's app: one list
 * feeds the cards on the page, the "Copy all" sheet and the alternatives, so they never
 * disagree. Pure functions of a `t` for the result namespace and the sheet's (where each app's
 * labels are: only the result shows them), so a unit test can read them.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { LabelSet } from '../../flow/clients';
import type { Alternative, Outcome, ReceiveSetting, SendSetting } from '../../flow/recommend';
import { EXAMPLE_ID } from '../../settings/account';
import type { Identity } from './identity-fields';

export type ResultT = TFunction<['result', 'sheet']>;

export interface SettingRow {
  readonly id: 'host' | 'port' | 'security' | 'auth';
  /** The field's name as the app shows it. */
  readonly label: string;
  /** The value to type or choose, exactly as copied. */
  readonly value: string;
  /** What the copy button copies, as a noun phrase. */
  readonly copyWhat: string;
}

export function receiveRows(t: ResultT, set: LabelSet, s: ReceiveSetting): SettingRow[] {
  const labels = `sheet:labels.${set}` as const;
  return [
    { id: 'host', label: t(`${labels}.receiveHost`), value: s.host, copyWhat: t('copyWhat.receiveHost') },
    { id: 'port', label: t(`${labels}.port`), value: String(s.port), copyWhat: t('copyWhat.receivePort') },
    {
      id: 'security',
      label: t(`${labels}.receiveSecurity.label`),
      value: t(`${labels}.receiveSecurity.${s.security}`),
      copyWhat: t('copyWhat.receiveSecurity'),
    },
    {
      id: 'auth',
      label: t(`${labels}.receiveAuth.label`),
      value: t(`${labels}.receiveAuth.${s.auth}`),
      copyWhat: t('copyWhat.receiveAuth'),
    },
  ];
}

export function sendRows(t: ResultT, set: LabelSet, s: SendSetting): SettingRow[] {
  const labels = `sheet:labels.${set}` as const;
  return [
    { id: 'host', label: t(`${labels}.sendHost`), value: s.host, copyWhat: t('copyWhat.sendHost') },
    { id: 'port', label: t(`${labels}.port`), value: String(s.port), copyWhat: t('copyWhat.sendPort') },
    {
      id: 'security',
      label: t(`${labels}.sendSecurity.label`),
      value: t(`${labels}.sendSecurity.${s.security}`),
      copyWhat: t('copyWhat.sendSecurity'),
    },
    {
      id: 'auth',
      label: t(`${labels}.sendAuth.label`),
      value: t(`${labels}.sendAuth.${s.auth}`),
      copyWhat: t('copyWhat.sendAuth'),
    },
  ];
}

export function useSettingRows(outcome: Outcome): { receive: SettingRow[]; send: SettingRow[] } {
  const { t } = useTranslation(['result', 'sheet']);
  return { receive: receiveRows(t, outcome.labels, outcome.receive), send: sendRows(t, outcome.labels, outcome.send) };
}

/**
 * The "Copy all" sheet: a heading, then one line per setting that makes sense alone when
 * pasted into a note: which server, the app's own label and the app's own value (never a
 * generic label with an app's value), then the account.
 */
export function sheetLines(t: ResultT, outcome: Outcome, identity: Identity): string[] {
  const line = (key: 'sheet.receiveLine' | 'sheet.sendLine') => (row: SettingRow) => t(key, { label: row.label, value: row.value });
  return [
    t('sheet.heading', { code: outcome.code }),
    ...receiveRows(t, outcome.labels, outcome.receive).map(line('sheet.receiveLine')),
    ...sendRows(t, outcome.labels, outcome.send).map(line('sheet.sendLine')),
    `${t('sheet.userName')}: ${identity.id || t('account.userNameValue', { example: EXAMPLE_ID })}`,
    `${t('sheet.password')}: ${t('account.passwordValue')}`,
    `${t('sheet.emailAddress')}: ${identity.address || t('sheet.emailAddressValue')}`,
  ];
}

/** An alternative as the same rows as the cards, in the same label set. */
export function alternativeRows(t: ResultT, set: LabelSet, alt: Alternative): SettingRow[] {
  return alt.role === 'receive' ? receiveRows(t, set, alt.setting) : sendRows(t, set, alt.setting);
}

/** An alternative as `label: value` lines, as the result shows it. */
export function alternativeLines(t: ResultT, set: LabelSet, alt: Alternative): string[] {
  return alternativeRows(t, set, alt).map((row) => `${row.label}: ${row.value}`);
}
