/** What to change for one cause, one sentence per change; a value to type or choose is copyable. */
import { useTranslation } from 'react-i18next';
import { CopyValue } from '../../components/copy-button';
import { EXAMPLE_ID } from '../../settings/account';
import type { Fix } from '../../troubleshoot/flow-causes';
import type { SettingRowId } from './setting-box';

/** The value as the customer types or chooses it, for the changes that have one. */
function useShownValue(): (fix: Fix) => { readonly row: SettingRowId; readonly value: string } | null {
  const { t } = useTranslation('troubleshoot');
  return (fix) => {
    switch (fix.field) {
      case 'host':
        return { row: 'host', value: fix.value };
      case 'port':
        return { row: 'port', value: String(fix.value) };
      case 'security':
        return { row: 'security', value: t(`values.security.${fix.value}`) };
      default:
        return null;
    }
  };
}

export function FixList({ fixes }: { fixes: readonly Fix[] }) {
  const { t } = useTranslation('troubleshoot');
  const shownValue = useShownValue();
  if (fixes.length === 0) return null;
  return (
    <ul className="mt-3 space-y-3">
      {fixes.map((fix) => {
        const shown = shownValue(fix);
        return (
          <li key={fix.field} className="border-s-4 border-emerald-700 ps-3">
            <p>{t(`fixes.${fix.field}`, { value: shown?.value ?? '', example: EXAMPLE_ID })}</p>
            {shown && (
              <div className="mt-1">
                <CopyValue value={shown.value} what={t(`result.copyWhat.${shown.row}`, { value: shown.value })} />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
