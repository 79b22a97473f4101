/** A whole server setting (host, port, connection security), every value copyable. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyValue } from '../../components/copy-button';
import type { Setting } from '../../troubleshoot/rules';

export type SettingRowId = 'host' | 'port' | 'security';

interface SettingBoxProps {
  readonly heading: string;
  readonly setting: Setting;
  /** What each copy button copies, as a noun phrase, from the row and its shown value. */
  readonly copyWhat: (row: SettingRowId, value: string) => string;
  readonly children?: ReactNode;
}

export function SettingBox({ heading, setting, copyWhat, children }: SettingBoxProps) {
  const { t } = useTranslation('troubleshoot');
  const rows: readonly { id: SettingRowId; value: string }[] = [
    { id: 'host', value: setting.host },
    { id: 'port', value: String(setting.port) },
    { id: 'security', value: t(`values.security.${setting.security}`) },
  ];
  return (
    <div className="mt-4 rounded-lg border-2 border-slate-400 p-4">
      <p className="font-bold">{heading}</p>
      <dl className="mt-2 space-y-3">
        {rows.map((row) => (
          <div key={row.id}>
            <dt className="font-semibold text-slate-800">{t(`result.${row.id}`)}</dt>
            <dd className="mt-1">
              <CopyValue value={row.value} what={copyWhat(row.id, row.value)} />
            </dd>
          </div>
        ))}
      </dl>
      {children}
    </div>
  );
}
