/**
 * `/:lang/apps/:app/`: one app's walkthrough with the recommended settings, prerendered, for
 * support staff to link (`?version=` picks a version of the app, docs/decisions/0001-url-contract.md).
 * The customer's ID and address, once typed, fill in the steps; they stay in this tab's memory.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { paths } from '../../app/paths';
import { useLang } from '../../app/use-lang';
import { PageHeading } from '../../components/heading';
import { usePageMeta } from '../../components/page-meta';
import { useHydrated } from '../../components/use-hydrated';
import { Walkthrough } from '../../components/walkthrough/walkthrough';
import { CLIENT_PRESETS, type PresetClientId } from '../../flow/clients';
import { GUIDES } from '../../walkthrough/guides';
import { APP_NOTICES, recommendedOutcome } from '../../walkthrough/recommended';
import { variantOf } from '../../walkthrough/resolve';
import { NotFound } from '../not-found';
import { IdentityFields, type Identity } from '../setup/identity-fields';
import { Notices, SettingCard } from '../setup/setting-card';
import { useSettingRows } from '../setup/setting-rows';
import { typedChecks } from '../setup/typed-identity';

function isApp(value: string | undefined): value is PresetClientId {
  return value !== undefined && Object.hasOwn(CLIENT_PRESETS, value);
}

function Guide({ app }: { app: PresetClientId }) {
  const { t } = useTranslation('apps');
  const { t: tr } = useTranslation('result');
  const lang = useLang();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // The prerendered page shows the current version; the URL's choice once the app runs.
  const asked = useHydrated() ? params.get('version') : null;
  const guide = GUIDES[app];
  const variant = guide ? variantOf(guide, asked).id : null;
  const [identity, setIdentity] = useState<Identity>(() => typedChecks().identity);
  const outcome = recommendedOutcome(app);
  const rows = useSettingRows(outcome);
  const name = tr(`appNames.${app}`);
  usePageMeta({ title: t('guide.title', { app: name }), description: t('guide.intro', { app: name }) });

  function pick(id: string) {
    const query = guide && id !== guide.variants[0].id ? `?${new URLSearchParams({ version: id }).toString()}` : '';
    void navigate(paths.app(lang, app, query), { replace: true, preventScrollReset: true, state: { keepFocus: true } });
  }

  return (
    <>
      <PageHeading>{t('guide.title', { app: name })}</PageHeading>
      <p className="mt-4 text-lg">{t('guide.intro', { app: name })}</p>
      <p className="mt-2">{t('guide.fitIntro')}</p>
      <p className="mt-2 print:hidden">
        <Link to={paths.setup(lang, 'registration')} className="text-lg text-sky-800 underline underline-offset-4">
          {t('guide.fitLink')}
        </Link>
      </p>
      <Notices outcome={outcome} placement="all" only={APP_NOTICES} />
      <div className="sm:grid sm:grid-cols-2 sm:gap-x-4 print:grid print:grid-cols-2 print:gap-x-3">
        <SettingCard heading={tr('receive.heading')} rows={rows.receive} />
        <SettingCard heading={tr('send.heading')} rows={rows.send} />
      </div>
      <IdentityFields onChange={setIdentity} />
      <Walkthrough app={app} settings={outcome} identity={identity} variant={variant} onVariant={pick} level={2} />
      <p className="mt-10 print:hidden">
        <Link to={paths.apps(lang)} className="text-sky-800 underline underline-offset-4">
          {t('guide.allApps')}
        </Link>
      </p>
    </>
  );
}

/** The page for `app`, or "not found" for a name that is not a preset app. */
export function AppGuide({ app }: { app: string }) {
  return isApp(app) ? <Guide app={app} /> : <NotFound />;
}
