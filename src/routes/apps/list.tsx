/**
 * `/:lang/apps/`: what each preset app supports (the facts the setup flow's recommendation
 * uses, src/walkthrough/app-table.ts), each with its sources and a link to its guide, and the
 * apps that no longer work. One card per app, so that it reads at 320 px without a wide table.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { useLang } from '../../app/use-lang';
import { appNameAlone } from '../../components/app-name-case';
import { PageHeading } from '../../components/heading';
import { usePageMeta } from '../../components/page-meta';
import { RETIRED_APPS } from '../../flow/clients';
import { PORTS } from '../../settings/servers';
import { APP_FACTS, appRows, type AppFact } from '../../walkthrough/app-table';

const PORT_OF: Partial<Record<AppFact, number>> = { 'pop-ssl': PORTS.popSsl, 'smtp-ssl': PORTS.smtpSsl };

export function AppList() {
  const { t } = useTranslation('apps');
  const { t: tr } = useTranslation('result');
  const lang = useLang();
  usePageMeta({ title: t('list.title'), description: t('list.intro') });
  return (
    <>
      <PageHeading>{t('list.title')}</PageHeading>
      <p className="mt-4 text-lg">{t('list.intro')}</p>
      <ul className="mt-6 space-y-4" aria-label={t('list.caption')}>
        {appRows().map((row) => (
          <li key={row.app} className="rounded-lg border-2 border-slate-300 p-4 break-inside-avoid" data-app={row.app}>
            <h2 className={`text-xl font-bold ${appNameAlone(lang)}`}>
              <Link to={paths.app(lang, row.app)} className="text-sky-800 underline underline-offset-4">
                {tr(`appNames.${row.app}`)}
              </Link>
            </h2>
            <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[minmax(0,16rem)_1fr]">
              {APP_FACTS.map((fact) => (
                <div key={fact} className="contents" data-fact={fact} data-value={row.facts[fact]}>
                  <dt className="font-semibold">{t(`list.columns.${fact}`, { port: PORT_OF[fact] })}</dt>
                  <dd className="mb-2 sm:mb-0">{t(`list.values.${row.facts[fact]}`)}</dd>
                </div>
              ))}
              {row.status !== 'current' && (
                <>
                  <dt className="font-semibold">{t('list.columns.note')}</dt>
                  <dd className="mb-2 font-semibold text-amber-900 sm:mb-0">{t(`list.statusNotes.${row.status}`)}</dd>
                </>
              )}
              <dt className="font-semibold">{t('list.columns.sources')}</dt>
              <dd className="text-slate-800">{t(`list.sources.${row.app}`)}</dd>
            </dl>
          </li>
        ))}
      </ul>
      <section className="mt-8" aria-labelledby="retired-heading">
        <h2 id="retired-heading" className="text-xl font-bold">
          {t('list.retiredHeading')}
        </h2>
        <dl className="mt-3 space-y-2">
          {RETIRED_APPS.map((app) => (
            <div key={app}>
              <dt className="font-semibold">{t(`list.retired.${app}.name`)}</dt>
              <dd>{t(`list.retired.${app}.note`)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
