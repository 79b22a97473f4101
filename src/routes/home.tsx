import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../app/paths';
import { useLang } from '../app/use-lang';
import { PageHeading } from '../components/heading';
import { usePageMeta } from '../components/page-meta';
import { TroubleshootLinks } from './troubleshoot/entries';

export function Component() {
  const { t } = useTranslation('home');
  const lang = useLang();
  usePageMeta({ title: t('title'), description: t('lead') });
  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-4 text-lg">{t('lead')}</p>
      <h2 className="mt-8 text-xl font-bold">{t('readyHeading')}</h2>
      <ul className="mt-2 list-disc space-y-1 ps-6 text-lg">
        <li>{t('ready.id')}</li>
        <li>{t('ready.address')}</li>
        <li>{t('ready.app')}</li>
      </ul>
      <p className="mt-4">{t('passwordNote')}</p>
      <p className="mt-8">
        <Link
          to={paths.setup(lang, 'registration')}
          className="inline-block rounded bg-emerald-800 px-6 py-3 text-xl font-bold text-white shadow-[0_3px_0_#022c22] hover:bg-emerald-900 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-amber-500"
        >
          {t('start')}
        </Link>
      </p>
      <p className="mt-6">
        <Link to={paths.reference(lang)} className="text-lg text-sky-800 underline underline-offset-4">
          {t('referenceLink')}
        </Link>
      </p>
      <p className="mt-3">
        <Link to={paths.apps(lang)} className="text-lg text-sky-800 underline underline-offset-4">
          {t('appsLink')}
        </Link>
      </p>
      <section aria-labelledby="trouble-heading" className="mt-10">
        <h2 id="trouble-heading" className="text-xl font-bold">
          {t('troubleHeading')}
        </h2>
        <TroubleshootLinks />
      </section>
    </>
  );
}
