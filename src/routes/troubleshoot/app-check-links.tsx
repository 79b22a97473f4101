/**
 * From a troubleshooting result to where each app keeps the settings to change: the "check
 * or fix an existing account" part of each app's guide. The flows do not ask for the app, so
 * every preset app is listed; the error lookup, which knows it, links to that app's alone.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { useLang } from '../../app/use-lang';
import { appNameAlone } from '../../components/app-name-case';
import { PRESET_CLIENT_IDS } from '../../flow/clients';

/** The guide's part on an existing account (its section id in src/components/walkthrough). */
export const CHECK_PART = '#check';

export function AppCheckLinks() {
  const { t } = useTranslation('troubleshoot');
  const { t: tr } = useTranslation('result');
  const lang = useLang();
  return (
    <div className="mt-6">
      <p className="font-semibold">{t('result.appsIntro')}</p>
      <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
        {PRESET_CLIENT_IDS.map((app) => (
          <li key={app} className={appNameAlone(lang)}>
            <Link to={`${paths.app(lang, app)}${CHECK_PART}`} className="text-sky-800 underline underline-offset-4">
              {tr(`appNames.${app}`)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
