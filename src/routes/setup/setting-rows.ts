/**
 * The result's settings as labelled rows, in the words of the customer's app: one list
 * feeds the cards on the page and the "Copy all" sheet, so the two never disagree.
 */
import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../flow/recommend';

export interface SettingRow {
  readonly id: 'host' | 'port' | 'security' | 'auth';
  /** The field's name as the app shows it. */
  readonly label: string;
  /** The value to type or choose, exactly as copied. */
  readonly value: string;
  /** What the copy button copies, as a noun phrase. */
  readonly copyWhat: string;
  /** The field's generic name with its role, for the plain-text sheet. */
  readonly sheetLabel: string;
}

export function useSettingRows(outcome: Outcome): { receive: SettingRow[]; send: SettingRow[] } {
  const { t } = useTranslation('result');
  const labels = `labels.${outcome.labels}` as const;
  const { receive, send } = outcome;
  return {
    receive: [
      { id: 'host', label: t(`${labels}.host`), value: receive.host, copyWhat: t('copyWhat.receiveHost'), sheetLabel: t('sheet.receiveHost') },
      { id: 'port', label: t(`${labels}.port`), value: String(receive.port), copyWhat: t('copyWhat.receivePort'), sheetLabel: t('sheet.receivePort') },
      {
        id: 'security',
        label: t(`${labels}.receiveSecurity.label`),
        value: t(`${labels}.receiveSecurity.${receive.security}`),
        copyWhat: t('copyWhat.receiveSecurity'),
        sheetLabel: t('sheet.receiveSecurity'),
      },
      {
        id: 'auth',
        label: t(`${labels}.receiveAuth.label`),
        value: t(`${labels}.receiveAuth.${receive.auth}`),
        copyWhat: t('copyWhat.receiveAuth'),
        sheetLabel: t('sheet.receiveAuth'),
      },
    ],
    send: [
      { id: 'host', label: t(`${labels}.host`), value: send.host, copyWhat: t('copyWhat.sendHost'), sheetLabel: t('sheet.sendHost') },
      { id: 'port', label: t(`${labels}.port`), value: String(send.port), copyWhat: t('copyWhat.sendPort'), sheetLabel: t('sheet.sendPort') },
      {
        id: 'security',
        label: t(`${labels}.sendSecurity.label`),
        value: t(`${labels}.sendSecurity.${send.security}`),
        copyWhat: t('copyWhat.sendSecurity'),
        sheetLabel: t('sheet.sendSecurity'),
      },
      {
        id: 'auth',
        label: t(`${labels}.sendAuth.label`),
        value: t(`${labels}.sendAuth.${send.auth}`),
        copyWhat: t('copyWhat.sendAuth'),
        sheetLabel: t('sheet.sendAuth'),
      },
    ],
  };
}
