/** The support page's lists: each app's guide, each troubleshooting question, every known error message. */
import { Suspense, lazy, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { useLang } from '../../app/use-lang';
import { CopyLink } from './copy-link';
import { PRESET_CLIENT_IDS } from '../../flow/clients';
import { RECEIVE_STEP_IDS } from '../../troubleshoot/cant-receive';
import { SEND_STEP_IDS } from '../../troubleshoot/cant-send';
import { CHECK_PART } from '../troubleshoot/app-check-links';

/** The apps page and each app's guide, whole and at its part on an existing account. */
export function AppGuides() {
  const { t } = useTranslation('support');
  const { t: tr } = useTranslation('result');
  const lang = useLang();
  const links = [
    { key: 'apps', title: t('appsPage'), href: paths.apps(lang) },
    ...PRESET_CLIENT_IDS.flatMap((app) => [
      { key: app, title: t('appGuide', { app: tr(`appNames.${app}`) }), href: paths.app(lang, app) },
      { key: `${app}-check`, title: t('appCheck', { app: tr(`appNames.${app}`) }), href: `${paths.app(lang, app)}${CHECK_PART}` },
    ]),
  ];
  return (
    <section className="mt-8">
      <h2 className="text-xl font-bold">{t('appsHeading')}</h2>
      <p className="mt-2">{t('appsIntro')}</p>
      <ul className="mt-3 space-y-4">
        {links.map(({ key, title, href }) => (
          <li key={key}>
            <p className="font-semibold">
              <Link to={href} className="text-sky-800 underline underline-offset-4">
                {title}
              </Link>
            </p>
            <CopyLink href={href} what={title} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Every question of the two troubleshooting flows, each with its link to copy. */
export function TroubleshootSteps() {
  const { t } = useTranslation('support');
  const { t: tt } = useTranslation('troubleshoot');
  const lang = useLang();
  const flows = [
    {
      id: 'cant-send',
      title: tt('entries.cant-send.title'),
      steps: SEND_STEP_IDS.map((step) => ({ step, title: tt(`flows.cant-send.steps.${step}.title`), href: paths.cantSend(lang, step) })),
    },
    {
      id: 'cant-receive',
      title: tt('entries.cant-receive.title'),
      steps: RECEIVE_STEP_IDS.map((step) => ({ step, title: tt(`flows.cant-receive.steps.${step}.title`), href: paths.cantReceive(lang, step) })),
    },
  ];
  return (
    <section className="mt-8">
      <h2 className="text-xl font-bold">{t('troubleshootHeading')}</h2>
      <p className="mt-2">{t('troubleshootIntro')}</p>
      {flows.map((flow) => (
        <div key={flow.id}>
          <h3 className="mt-6 text-lg font-bold">{flow.title}</h3>
          <ul className="mt-3 space-y-4">
            {flow.steps.map(({ step, title, href }) => (
              <li key={step}>
                <p className="font-semibold">
                  <Link to={href} className="text-sky-800 underline underline-offset-4">
                    {title}
                  </Link>
                </p>
                <CopyLink href={href} what={t('stepLink', { step: title })} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/**
 * The list of every known error message (the lookup's whole table, about 10 KB gzip) comes
 * when asked for, so that the support page loads no more than any other page. Vite's list of
 * files to preload with this import names the entry's stylesheet, which is inlined into every
 * page and not shipped: the build names the entry there instead (build/first-paint.ts,
 * writeBundle), so nothing is asked for that is not there.
 */
const ErrorMessageLinks = lazy(() => import('../error-lookup/support-list').then((module) => ({ default: module.ErrorMessageLinks })));

export function KnownMessages() {
  const { t } = useTranslation('support');
  const [shown, setShown] = useState(false);
  if (!shown) {
    return (
      <p className="mt-8">
        <button type="button" className="text-start text-lg text-sky-800 underline underline-offset-4" onClick={() => setShown(true)}>
          {t('showMessages')}
        </button>
      </p>
    );
  }
  return (
    <Suspense fallback={<p className="mt-8" role="status">{t('loadingMessages')}</p>}>
      <ErrorMessageLinks />
    </Suspense>
  );
}
