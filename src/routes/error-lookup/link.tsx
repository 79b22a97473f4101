/** The way from a troubleshooting result to the error lookup. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { useLang } from '../../app/use-lang';

export function ErrorLookupLink() {
  // Troubleshooting's own text, so that its results need not download the lookup's.
  const { t } = useTranslation('troubleshoot');
  const lang = useLang();
  return (
    <p className="mt-4">
      <Link to={paths.errorLookup(lang)} className="text-sky-800 underline underline-offset-4">
        {t('result.errorLookupLink')}
      </Link>
    </p>
  );
}
