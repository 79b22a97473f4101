/** The three ways into troubleshooting, for the hub and the home page. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths, type Lang } from '../../app/paths';
import { useLang } from '../../app/use-lang';

export type EntryId = 'cant-send' | 'cant-receive' | 'check';

/**
 * The flows start at their first step (typed by the path helpers); the flow definitions
 * are not imported here, so that the home page does not download the troubleshooting logic.
 */
export function troubleshootEntries(lang: Lang): readonly { readonly id: EntryId; readonly href: string }[] {
  return [
    { id: 'cant-send', href: paths.cantSend(lang, 'symptom') },
    { id: 'cant-receive', href: paths.cantReceive(lang, 'symptom') },
    { id: 'check', href: paths.check(lang) },
  ];
}

const LINK = 'text-sky-800 underline underline-offset-4';

/** On the hub: each entry with what it does, and the error lookup. */
export function TroubleshootEntries() {
  const { t } = useTranslation('troubleshoot');
  const { t: te } = useTranslation('errorLookup');
  const lang = useLang();
  return (
    <ul className="mt-4 space-y-4">
      {troubleshootEntries(lang).map((entry) => (
        <li key={entry.id} className="rounded-lg border border-slate-300 p-4">
          <h2 className="text-lg font-bold">
            <Link to={entry.href} className={LINK}>
              {t(`entries.${entry.id}.title`)}
            </Link>
          </h2>
          <p className="mt-1">{t(`entries.${entry.id}.description`)}</p>
        </li>
      ))}
      <li className="rounded-lg border border-slate-300 p-4">
        <h2 className="text-lg font-bold">
          <Link to={paths.errorLookup(lang)} className={LINK}>
            {te('title')}
          </Link>
        </h2>
        <p className="mt-1">{te('intro')}</p>
      </li>
    </ul>
  );
}

/**
 * On the home page: the entries as links, in the home page's own text, so that the home page
 * does not load the troubleshooting text (it is fetched on demand, src/i18n/i18n.ts).
 */
export function TroubleshootLinks() {
  const { t } = useTranslation('home');
  const lang = useLang();
  return (
    <ul className="mt-3 space-y-2 text-lg">
      {troubleshootEntries(lang).map((entry) => (
        <li key={entry.id}>
          <Link to={entry.href} className={LINK}>
            {t(`troubleLinks.${entry.id}`)}
          </Link>
        </li>
      ))}
      <li>
        <Link to={paths.errorLookup(lang)} className={LINK}>
          {t('troubleLinks.error')}
        </Link>
      </li>
    </ul>
  );
}
