import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../app/paths';
import { useLang } from '../app/use-lang';

/** Without JavaScript: the page needs it to go on, and the server table needs nothing. */
export function NoScriptNote() {
  const { t } = useTranslation('flow');
  const { t: tc } = useTranslation('common');
  const lang = useLang();
  return (
    <noscript>
      <p className="mt-6">
        {tc('noscript')}{' '}
        <Link to={paths.reference(lang)} className="text-sky-800 underline underline-offset-4">
          {t('noscriptReference')}
        </Link>
      </p>
    </noscript>
  );
}
